using Majordome.Bot.Hosting;
using Majordome.Dialogs.Content;
using Majordome.Tests.Bot.Content;
using Majordome.Tests.Harness;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Majordome.Tests.Bot.Hosting;

public sealed class BrandContentServiceCollectionExtensionsTests : IDisposable
{
    private readonly TempBrandFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task StartAsync_ShippedFolder_ServesTheContentThroughTheInterfaces()
    {
        using var host = BuildHost(RepositoryRoot.BrandDirectory);

        await host.StartAsync();

        Assert.NotNull(host.Services.GetRequiredService<ICatalog>().FindBySku("CAP-RISTRETTO"));
        Assert.Equal(3, host.Services.GetRequiredService<IBoutiqueDirectory>().Boutiques.Count);
        Assert.NotNull(host.Services.GetRequiredService<IFaqSource>().FindById("delivery-fee"));
        Assert.Equal(4.90m, host.Services.GetRequiredService<BrandSettings>().DeliveryFee);
        await host.StopAsync();
    }

    [Fact]
    public async Task StartAsync_BrokenContent_FailsWithEveryProblem()
    {
        _folder
            .Write("catalog.yaml", TempBrandFolder.Catalog.With("price: 4.20", "price: -4.20"))
            .Write("faq.yaml", TempBrandFolder.Faq.With("topic: delivery", "topic: livraison"));
        using var host = BuildHost(_folder.Directory);

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Collection(
            exception.Failures,
            f => Assert.StartsWith("catalog.yaml, line 6, column 12, field \"products[0].price\"", f, StringComparison.Ordinal),
            f => Assert.StartsWith("faq.yaml, line 3, column 12, field \"entries[0].topic\"", f, StringComparison.Ordinal));
    }

    [Fact]
    public void GetService_BrokenContentOutsideAHost_StillReportsEveryProblem()
    {
        _folder.Write("brand.yaml", TempBrandFolder.Brand.With("fee: 4.90", "fee: x").With("max_party_size: 8", "max_party_size: 0"));
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Brand:ContentDirectory"] = _folder.Directory })
            .Build();
        using var services = new ServiceCollection().AddBrandContent(configuration).BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(services.GetRequiredService<ICatalog>);

        Assert.Equal(2, exception.Failures.Count());
    }

    [Fact]
    public void ContentDirectory_NotConfigured_IsTheBrandFolder()
    {
        Assert.Equal("brand", new BrandContentOptions().ContentDirectory);
    }

    private static IHost BuildHost(string contentDirectory)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Brand:ContentDirectory"] = contentDirectory });
        builder.Services.AddBrandContent(builder.Configuration);
        return builder.Build();
    }
}
