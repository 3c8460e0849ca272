using Majordome.Bot.Data;
using Majordome.Bot.Messenger;
using Majordome.Bot.Messenger.Profile;
using Majordome.Bot.Messenger.Rendering;
using Majordome.Bot.Messenger.Send;
using Majordome.Bot.Storage;
using Majordome.Dialogs.Engine;
using Majordome.Dialogs.Localization;
using Majordome.Tests.Bot.Messenger.FakeGraph;
using Majordome.Tests.Bot.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Majordome.Dialogs.State;

namespace Majordome.Tests.Bot.Messenger;

/// <summary>
/// The outbound Messenger channel wired to a fake Graph server on loopback, a real SQLite file and captured logs;
/// retries use millisecond delays so tests stay fast.
/// </summary>
public sealed class MessengerRig : IAsyncDisposable
{
    public const string Psid = "7028345619274851";
    public const string Igsid = "5500000000000009";

    private readonly TempSqliteFile _file = new();
    private readonly ILoggerFactory _loggers;
    private readonly HttpClient _http = new();

    private MessengerRig(FakeGraphServer graph, MessengerSendOptions send, TimeProvider time)
    {
        Graph = graph;
        Time = time;
        _loggers = LoggerFactory.Create(b => b.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        Options.Pages.Add(new MessengerPageOptions { PageId = FakeGraphServer.PageId, AccessToken = FakeGraphServer.PageToken, InstagramAccountId = FakeGraphServer.InstagramAccountId });
        Options.GraphBaseUrl = graph.BaseUrl;
        Options.AppSecret = "app-secret";
        Database = new BusinessDatabase(new SqliteStorageOptions { DataDirectory = _file.Directory, FileName = "bot.db" });
        Unreachable = new SqlUnreachableRecipients(Database, time);
        Limiter = new PageRateLimiter(Microsoft.Extensions.Options.Options.Create(send), time);
        Client = new MessengerGraphClient(_http, Microsoft.Extensions.Options.Options.Create(Options), Microsoft.Extensions.Options.Options.Create(send), Limiter, time, _loggers.CreateLogger<MessengerGraphClient>());
        Sender = new MessengerSender(Client, Unreachable, _loggers.CreateLogger<MessengerSender>());
        Renderer = new MessengerRenderer(new MessengerCardRenderer(Localizer.Default));
    }

    public FakeGraphServer Graph { get; }

    public TimeProvider Time { get; }

    public CapturedLogs Logs { get; } = new();

    public MessengerOptions Options { get; } = new();

    public BusinessDatabase Database { get; }

    public SqlUnreachableRecipients Unreachable { get; }

    public PageRateLimiter Limiter { get; }

    public MessengerGraphClient Client { get; }

    public MessengerSender Sender { get; }

    public MessengerRenderer Renderer { get; }

    public InMemoryConversationControl Control { get; } = new();

    public InMemoryMessagingWindow Window { get; } = new();

    public static MessengerThread Thread { get; } = new(MessengerChannels.Facebook, FakeGraphServer.PageId, Psid);

    public static MessengerThread InstagramThread { get; } = new(MessengerChannels.Instagram, FakeGraphServer.InstagramAccountId, Igsid);

    public static async Task<MessengerRig> StartAsync(MessengerSendOptions? send = null, TimeProvider? time = null)
    {
        var graph = await FakeGraphServer.StartAsync();
        graph.InstagramRecipients[Igsid] = true;
        return new MessengerRig(graph, send ?? new MessengerSendOptions { RetryBaseDelay = TimeSpan.FromMilliseconds(5), MaxRetryDelay = TimeSpan.FromMilliseconds(50), MaxSendsPerSecond = 250 }, time ?? TimeProvider.System);
    }

    public MessengerAdapter Adapter(IBot bot) => new(bot, Renderer, Sender, Control, Window, Unreachable, new ConversationStateStore(new MemoryStorage()), Time, _loggers.CreateLogger<MessengerAdapter>());

    /// <summary>
    /// An adapter that shows the typing indicator only when a reply takes longer than <paramref name="typingDelay"/>;
    /// <paramref name="mergeTexts"/> false sends each text of a turn as a message of its own (Messenger:MergeTexts).
    /// </summary>
    public MessengerAdapter Adapter(IBot bot, TimeSpan typingDelay, bool mergeTexts = true) =>
        new(bot, Renderer, Sender, Control, Window, Unreachable, new ConversationStateStore(new MemoryStorage()), Time, _loggers.CreateLogger<MessengerAdapter>(),
            options: Microsoft.Extensions.Options.Options.Create(new Majordome.Bot.Messenger.MessengerOptions { TypingDelay = typingDelay, MergeTexts = mergeTexts }));

    /// <summary>
    /// An adapter that records the replies of inbox events in <paramref name="journal"/>; <paramref name="mergeTexts"/>
    /// false sends each text of a turn as a message of its own (Messenger:MergeTexts).
    /// </summary>
    public MessengerAdapter Adapter(IBot bot, Majordome.Bot.Messenger.Inbox.ReplyJournal journal, bool mergeTexts = true) =>
        new(bot, Renderer, Sender, Control, Window, Unreachable, new ConversationStateStore(new MemoryStorage()), Time, _loggers.CreateLogger<MessengerAdapter>(),
            options: Microsoft.Extensions.Options.Options.Create(new Majordome.Bot.Messenger.MessengerOptions { TypingDelay = TimeSpan.Zero, MergeTexts = mergeTexts }),
            journal: journal);

    public MessengerProfileSync ProfileSync(ProfileCallBudget? budget = null) => new(Client, budget ?? new ProfileCallBudget(Time));

    /// <summary>An incoming message from the customer of <paramref name="thread"/>, as the inbound half makes it.</summary>
    public static Activity Incoming(MessengerThread thread, string text, string locale = "fr-FR") => new()
    {
        Type = ActivityTypes.Message,
        Id = "m_in_" + Guid.NewGuid().ToString("N"),
        ChannelId = thread.ChannelId,
        Conversation = new ConversationAccount(id: thread.ConversationId),
        From = new ChannelAccount(thread.UserId, "Ana Silva", RoleTypes.User),
        Recipient = new ChannelAccount(thread.AccountId, "Maison Tasse", RoleTypes.Bot),
        Text = text,
        Locale = locale,
        ServiceUrl = "https://messenger.invalid",
    };

    public async ValueTask DisposeAsync()
    {
        await Graph.DisposeAsync();
        _http.Dispose();
        _loggers.Dispose();
        _file.Dispose();
    }
}

/// <summary>A bot made of one delegate.</summary>
public sealed class DelegateBot(Func<ITurnContext, CancellationToken, Task> turn) : IBot
{
    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) => turn(turnContext, cancellationToken);
}
