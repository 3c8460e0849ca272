using System.Net;
using System.Net.Http.Headers;
using Majordome.Bot.Content;
using Majordome.Dialogs.Content;
using Microsoft.Extensions.DependencyInjection;

namespace Majordome.Tests.Bot.WebChat;

/// <summary>
/// The demo catalogue's pictures are real files served by the bot (issue 14, defect 14): every product's picture
/// exists, is served with caching, and becomes an absolute https address for Messenger when the bot's public
/// address is configured.
/// </summary>
public sealed class ProductImagesTests : IClassFixture<ProductImagesTests.Fixture>
{
    private readonly Fixture _fixture;

    public ProductImagesTests(Fixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public void Catalogue_EveryProductsPicture_IsAFileTheBotServes()
    {
        var products = BrandContentLoader.Load(Harness.RepositoryRoot.BrandDirectory).Products;

        Assert.NotEmpty(products);
        Assert.All(products, product =>
        {
            Assert.False(product.ImageUrl.IsAbsoluteUri, $"{product.Sku}'s picture is not one of the bot's own: {product.ImageUrl}");
            var path = product.ImageUrl.OriginalString;
            Assert.StartsWith("/media/", path, StringComparison.Ordinal);
            var file = Path.Combine(Harness.RepositoryRoot.BrandDirectory, "images", path["/media/".Length..]);
            Assert.True(File.Exists(file), $"{product.Sku}: {file} is missing.");
            Assert.InRange(new FileInfo(file).Length, 2_000, 200_000);
        });
    }

    [Fact]
    public async Task Picture_IsServedAsAnImage_CachedForADay_AndRevalidatedWithItsETag()
    {
        using var http = _fixture.Factory.CreateClient();

        var response = await http.GetAsync(new Uri("/media/capsules/arpeggio.jpg", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType!.MediaType);
        Assert.True(response.Headers.CacheControl!.Public);
        Assert.Equal(TimeSpan.FromDays(1), response.Headers.CacheControl.MaxAge);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xFF, 0xD8, 0xFF }, bytes[..3]);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/media/capsules/arpeggio.jpg");
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await http.SendAsync(again)).StatusCode);
    }

    [Theory]
    [InlineData("/media/capsules/nope.jpg")]
    [InlineData("/media/../catalog.yaml")]
    [InlineData("/media/%2e%2e/catalog.yaml")]
    public async Task Media_OutsideThePicturesOrMissing_Is404(string path)
    {
        using var http = _fixture.Factory.CreateClient();

        var response = await http.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public void WithAPublicAddress_PicturesAreAbsoluteHttps_ForMessenger()
    {
        var catalog = _fixture.Factory.Services.GetRequiredService<ICatalog>();

        Assert.All(catalog.Products, product =>
        {
            Assert.True(product.ImageUrl.IsAbsoluteUri);
            Assert.StartsWith("https://chat.maison-tasse.example/bot/media/", product.ImageUrl.ToString(), StringComparison.Ordinal);
        });
    }

    public sealed class Fixture : IDisposable
    {
        public BotApplicationFactory Factory { get; } = new(new Dictionary<string, string?>
        {
            ["Public:BaseUrl"] = "https://chat.maison-tasse.example/bot",
        });

        public void Dispose() => Factory.Dispose();
    }
}
