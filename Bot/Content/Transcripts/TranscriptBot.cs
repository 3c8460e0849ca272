using Majordome.Bot.Channels;
using Majordome.Bot.Data;
using Majordome.Bot.Hosting;
using Majordome.Dialogs.Content;
using Majordome.Dialogs.Flows;
using Majordome.Dialogs.Flows.Actions;
using Majordome.Dialogs.Understanding;
using Majordome.Bot.WhatsApp.Rendering;
using Majordome.Dialogs.Localization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace Majordome.Bot.Content.Transcripts;

/// <summary>
/// The real bot, composed as the host composes it, for playing transcripts: the given brand content folder (so
/// its flows and catalog), the durable schedule, consents and back-in-stock waiting list (without their worker),
/// conversation state in memory, a business database in a temporary SQLite file, a
/// clock stopped at <see cref="DefaultNow"/>, and the intent recognizer trained before the first turn so every
/// run answers the same. Each transcript is a new customer in a new conversation.
/// </summary>
public sealed class TranscriptBot : IAsyncDisposable
{
    /// <summary>Wednesday 25 November 2026, 16:00 in Paris: the instant transcripts are played at.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 11, 25, 15, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _services;
    private readonly string _dataDirectory;

    private TranscriptBot(ServiceProvider services, string dataDirectory)
    {
        _services = services;
        _dataDirectory = dataDirectory;
    }

    /// <summary>The clock the bot reads.</summary>
    public TimeProvider Time => _services.GetRequiredService<TimeProvider>();

    /// <summary>The flows the bot serves (the folder's valid flows).</summary>
    public FlowCatalog Flows => _services.GetRequiredService<FlowCatalogSource>().Current;

    /// <summary>
    /// Composes the bot for <paramref name="contentDirectory"/> on top of <paramref name="configuration"/> (the
    /// host's: brand name, conversation and understanding options) and trains its recognizer.
    /// </summary>
    public static async Task<TranscriptBot> StartAsync(string contentDirectory, IConfiguration configuration, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contentDirectory);
        ArgumentNullException.ThrowIfNull(configuration);
        var dataDirectory = Path.Combine(Path.GetTempPath(), "majordome-transcripts", Guid.NewGuid().ToString("N"));
        var settings = new ConfigurationBuilder()
            .AddConfiguration(configuration)
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [$"{BrandContentOptions.SectionName}:{nameof(BrandContentOptions.ContentDirectory)}"] = Path.GetFullPath(contentDirectory),
                [$"{StorageOptions.SectionName}:{nameof(StorageOptions.Provider)}"] = "Memory",
                [$"{StorageOptions.SectionName}:{nameof(StorageOptions.DataDirectory)}"] = dataDirectory,
                [$"{StorageOptions.SectionName}:{nameof(StorageOptions.FileName)}"] = "business.db",
            })
            .Build();

        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(settings);
        services.AddMajordomeStorage(settings).AddBrandContent(settings).AddMajordomeData().AddMajordomeBot(settings).AddMajordomePrivacyStores();

        // The durable schedule, the consents, the waiting list and the conversations' AnticipationServices, as the
        // host has them, on this runner's own database: a flow's schedule and notify-when steps, the reorder opt-in
        // after a first capsule order and "Prévenez-moi" on a sold-out product behave here as in production. No
        // worker runs, so nothing due is ever sent while transcripts play.
        services.AddMajordomeProactiveSchedule().AddMajordomeAnticipationSenders();
        services.AddSingleton<TimeProvider>(new FixedTimeProvider(DefaultNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")));

        // Registered last, so the flows get it: each action answers the playing transcript's stub, and no webhook is called.
        services.AddSingleton(sp => new FlowActionRegistry(sp.GetServices<IFlowAction>().Select(a => (IFlowAction)new StubbedFlowAction(a))));

        // Also last: a transcript's variant: line puts its customer in that variant of the flow's experiment.
        services.AddSingleton<Dialogs.Flows.Experiments.IFlowExperimentLog>(sp => new PinnedFlowExperimentLog(sp.GetRequiredService<SqlFlowExperimentLog>()));
        var provider = services.BuildServiceProvider();
        var bot = new TranscriptBot(provider, dataDirectory);
        try
        {
            await new StockSeeder(provider.GetRequiredService<SqlOrderStore>(), provider.GetRequiredService<ICatalog>()).StartAsync(cancellationToken).ConfigureAwait(false);
            await bot.TrainAsync(contentDirectory, cancellationToken).ConfigureAwait(false);
            return bot;
        }
        catch
        {
            await bot.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Plays <paramref name="transcript"/> as a new conversation, on <paramref name="channelId"/> or the transcript's first channel.</summary>
    public async Task<TranscriptResult> RunAsync(Transcript transcript, CancellationToken cancellationToken = default, string? channelId = null)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        using var stubs = StubbedFlowAction.Use(transcript.Stubs);
        using var variant = PinnedFlowExperimentLog.Use(transcript.Variant, FirstVariantOf);
        using var clock = FixedTimeProvider.Use(transcript.Clock);
        if (transcript.Variant is { } pinned && !Flows.Flows.Any(f => f.Experiment?.Declares(pinned) == true))
        {
            return TranscriptResult.Fail(transcript.File, 0, $"a flow with the variant \"{pinned}\" (variants: in its file)", "no served flow declares it");
        }

        return await TranscriptRunner.RunAsync(transcript, _services.GetRequiredService<IBot>(), Time, cancellationToken, channelId, ReaderFor(transcript, channelId)).ConfigureAwait(false);
    }

    /// <summary>
    /// Plays only the customer's turns of <paramref name="transcript"/> as a new conversation and keeps every reply
    /// (<see cref="TranscriptRecorder"/>), on <paramref name="channelId"/> or the transcript's first channel.
    /// </summary>
    public async Task<TranscriptRecording> RecordAsync(Transcript transcript, string? channelId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        using var stubs = StubbedFlowAction.Use(transcript.Stubs);
        using var variant = PinnedFlowExperimentLog.Use(transcript.Variant, FirstVariantOf);
        using var clock = FixedTimeProvider.Use(transcript.Clock);
        return await TranscriptRecorder.RecordAsync(transcript, _services.GetRequiredService<IBot>(), Time, channelId, cancellationToken, ReaderFor(transcript, channelId)).ConfigureAwait(false);
    }

    private string? FirstVariantOf(string flowId) =>
        Flows.Flows.FirstOrDefault(f => f.Id == flowId)?.Experiment?.Variants[0].Name;

    // Web Chat and Messenger transcripts read the activities the dialogs wrote for the channel (the channel registry
    // shaped them); WhatsApp's renderer reshapes them further (buttons, list or numbered text), so its own is used.
    private Func<Activity, IReadOnlyList<BotReply>>? ReaderFor(Transcript transcript, string? channelId) =>
        string.Equals(channelId ?? transcript.Channels?.FirstOrDefault(), ChannelIds.WhatsApp, StringComparison.OrdinalIgnoreCase)
            ? new WhatsAppReplies(new WhatsAppRenderer(_services.GetRequiredService<Localizer>()), transcript.Language).From
            : null;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync().ConfigureAwait(false);
        try
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(_dataDirectory))
            {
                Directory.Delete(_dataDirectory, recursive: true);
            }
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless; the system cleans its temp folder.
        }
    }

    // As the host's training service does, but awaited: a transcript never runs against keywords only.
    private async Task TrainAsync(string contentDirectory, CancellationToken cancellationToken)
    {
        var options = _services.GetRequiredService<IOptions<UnderstandingOptions>>().Value;
        var path = Path.GetFullPath(Path.Combine(contentDirectory, options.ExamplesFile));
        IEnumerable<IntentExample> examples = File.Exists(path) ? IntentExampleReader.ReadFile(path) : [];
        var all = examples.Concat(Flows.Examples()).ToList();
        if (all.Count > 0)
        {
            await _services.GetRequiredService<IntentModelHolder>().RetrainAsync(all, cancellationToken).ConfigureAwait(false);
        }
    }
}
