using Majordome.Bot.Content.Transcripts;
using Majordome.Tests.Harness;
using Microsoft.Extensions.Configuration;

namespace Majordome.Tests.Bot.Content.Transcripts;

/// <summary>One transcript bot on the shipped brand (appsettings.json, brand/), trained once for every test that plays transcripts.</summary>
public sealed class ShippedBrandBot : IAsyncLifetime
{
    private TranscriptBot? _bot;

    public TranscriptBot Bot => _bot ?? throw new InvalidOperationException("The bot has not started.");

    public static IConfiguration Configuration => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(RepositoryRoot.Path, "appsettings.json"))
        .Build();

    public async Task InitializeAsync() => _bot = await TranscriptBot.StartAsync(RepositoryRoot.BrandDirectory, Configuration);

    public async Task DisposeAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }
    }

    /// <summary>Plays <paramref name="text"/> (a transcript written in the test) on the shipped bot.</summary>
    public async Task<TranscriptResult> PlayAsync(string text)
    {
        var parsed = TranscriptParser.Parse(text, "test.transcript");
        Assert.True(parsed.Transcript is not null, string.Join(Environment.NewLine, parsed.Problems));
        return await Bot.RunAsync(parsed.Transcript);
    }
}

[CollectionDefinition(Name)]
public sealed class ShippedBrandBotCollection : ICollectionFixture<ShippedBrandBot>
{
    public const string Name = "Shipped brand transcript bot";
}
