using Majordome.Bot;
using Majordome.Bot.Storage;
using Majordome.Dialogs;
using Majordome.Dialogs.Conversations;
using Majordome.Dialogs.Engine;
using Majordome.Dialogs.Profile;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Majordome.Dialogs.State;

namespace Majordome.Tests.Harness;

/// <summary>
/// Drives the real bot (MajordomeBot, DialogManager, state on an IStorage) turn by turn in memory, so a dialog
/// test reads like the conversation: send "hi", look at the replies. A new harness on the same storage is a
/// restarted bot: new instances of everything, only the stored JSON survives.
/// </summary>
public sealed class ConversationHarness
{
    /// <summary>Wednesday 25 November 2026, 16:00 in Paris: far from midnight and from daylight-saving changes.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 11, 25, 15, 0, 0, TimeSpan.Zero);

    private readonly Majordome.Bot.Adapters.InMemoryTurnAdapter _adapter = new();
    private readonly IBot _bot;
    private readonly string _channelId;
    private readonly string _conversationId;
    private readonly string _userId;
    private readonly string? _locale;

    public ConversationHarness(
        IStorage? storage = null,
        Func<UserProfileAccessor, Dialog>? rootDialog = null,
        string channelId = "test",
        string? locale = null,
        string conversationId = "conversation-1",
        string userId = "user-1",
        FakeTimeProvider? time = null,
        string defaultLanguage = "fr",
        Majordome.Bot.Data.BusinessDatabase? database = null,
        Majordome.Dialogs.Understanding.IIntentRecognizer? recognizer = null,
        Majordome.Dialogs.Understanding.UnderstandingOptions? understanding = null,
        Func<string?, Majordome.Dialogs.Recognition.LanguageGuess>? learnedLanguage = null,
        Majordome.Dialogs.Flows.FlowCatalog? flows = null,
        Majordome.Dialogs.Flows.FlowCatalogSource? flowSource = null,
        IEnumerable<Majordome.Dialogs.Flows.Actions.IFlowAction>? extraFlowActions = null,
        Majordome.Dialogs.Flows.FlowOptions? flowOptions = null,
        Majordome.Dialogs.Analytics.IConversationAnalytics? analytics = null,
        Majordome.Dialogs.Anticipation.IProactiveConsents? consents = null,
        Majordome.Dialogs.Anticipation.IProactiveGreeting? greeting = null,
        Majordome.Dialogs.Anticipation.AnticipationServices? anticipation = null)
    {
        Storage = storage ?? new JsonMemoryStorage();
        Time = time ?? new FakeTimeProvider(DefaultNow);
        _channelId = channelId;
        _conversationId = conversationId;
        _userId = userId;
        _locale = locale;

        var conversationState = new ConversationStateStore(Storage);
        var userState = new UserStateStore(Storage);
        var profiles = new UserProfileAccessor(userState);
        Services = TestBrand.Services(Time, database) with { Anticipation = anticipation };
        Carts = new Majordome.Dialogs.Commerce.CartAccessor(userState);
        Profiles = profiles;
        FlowRecords = new Majordome.Bot.Data.SqlFlowRecordStore(database ?? TestBrand.Database);
        var flowServices = FlowActionsFor(Services, Carts, profiles, FlowRecords, Time, extraFlowActions, flowOptions ?? new Majordome.Dialogs.Flows.FlowOptions { AllowHttpLoopbackWebhooks = true });
        var root = rootDialog?.Invoke(profiles)
            ?? new MainDialog(Options.Create(new BrandOptions { Name = "Maison Tasse" }), profiles, Services, Carts, recognizer: recognizer, flows: flows, flowSource: flowSource, flowServices: flowServices);

        // With a recognizer, a sentence sent while a flow's question waits may be an interruption.
        var interruptions = recognizer is null
            ? null
            : new Majordome.Dialogs.Understanding.Interruptions(recognizer, understanding ?? new(), MainDialog.FlowIntents);
        var manager = new DialogManager(
            root,
            conversationState,
            profiles,
            Options.Create(new ConversationOptions { DefaultLanguage = defaultLanguage, DefaultTimeZone = "Europe/Paris" }),
            NullLogger<DialogManager>.Instance,
            handoff: Services.Handoff,
            interruptions: interruptions,
            learnedLanguage: learnedLanguage,
            analytics: analytics,
            knowledge: Services.Knowledge,
            feedback: Services.Feedback,
            consents: consents,
            greeting: greeting,
            time: Time);
        _bot = new MajordomeBot(manager, conversationState, userState, new ConversationLocks());
    }

    public IStorage Storage { get; }

    /// <summary>The customers' carts (the add-to-cart action writes there).</summary>
    public Majordome.Dialogs.Commerce.CartAccessor Carts { get; }

    /// <summary>The customers' profiles (the tag action writes there).</summary>
    public UserProfileAccessor Profiles { get; }

    /// <summary>The leads and survey answers flows record (on the harness's SQLite database).</summary>
    public Majordome.Bot.Data.SqlFlowRecordStore FlowRecords { get; }

    /// <summary>The built-in flow actions as the bot registers them, plus <paramref name="extra"/> (which may replace one by name).</summary>
    public static Majordome.Dialogs.Flows.FlowServices FlowActionsFor(
        ConversationServices services,
        Majordome.Dialogs.Commerce.CartAccessor carts,
        UserProfileAccessor profiles,
        Majordome.Dialogs.Flows.Actions.IFlowRecordStore records,
        TimeProvider time,
        IEnumerable<Majordome.Dialogs.Flows.Actions.IFlowAction>? extra,
        Majordome.Dialogs.Flows.FlowOptions options,
        Microsoft.Extensions.Logging.ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        Majordome.Dialogs.Flows.Actions.IFlowAction[] builtIn =
        [
            new Majordome.Dialogs.Flows.Actions.AddToCartAction(services.Catalog, carts),
            new Majordome.Dialogs.Flows.Actions.BookAction(services.Boutiques),
            new Majordome.Dialogs.Flows.Actions.HandoffAction(services.Handoff),
            new Majordome.Dialogs.Flows.Actions.RecordLeadAction(records, time),
            new Majordome.Dialogs.Flows.Actions.RecordSurveyAction(records, time),
            new Majordome.Dialogs.Flows.Actions.TagAction(profiles),
            new Majordome.Dialogs.Flows.Actions.WebhookAction(Options.Create(options), NullLogger<Majordome.Dialogs.Flows.Actions.WebhookAction>.Instance),
        ];
        var registry = new Majordome.Dialogs.Flows.Actions.FlowActionRegistry(builtIn.Concat(extra ?? []));
        return new Majordome.Dialogs.Flows.FlowServices(registry, services.Catalog, options, logger ?? NullLogger.Instance) { Scheduler = services.Anticipation?.Scheduler, WaitingList = services.Anticipation?.WaitingList, Stock = services.Orders };
    }

    /// <summary>The real content, stores and feedback log the conversations use.</summary>
    public ConversationServices Services { get; }

    public FakeTimeProvider Time { get; }

    /// <summary>The storage key of this conversation's state.</summary>
    public string ConversationStateKey => $"{_channelId}/conversations/{_conversationId}";

    /// <summary>Sends a typed message and returns the bot's messages.</summary>
    public Task<Replies> SendAsync(string text, CancellationToken cancellationToken = default)
    {
        var activity = NewActivity(ActivityTypes.Message);
        activity.Text = text;
        return ProcessAsync(activity, cancellationToken);
    }

    /// <summary>Clicks a button that posts a value (a card's submit action or a postback).</summary>
    public Task<Replies> SendValueAsync(object value, CancellationToken cancellationToken = default)
    {
        var activity = NewActivity(ActivityTypes.Message);
        activity.Value = value;
        return ProcessAsync(activity, cancellationToken);
    }

    /// <summary>Joins the conversation, as Web Chat and the Emulator do before the first message.</summary>
    public Task<Replies> JoinAsync(CancellationToken cancellationToken = default)
    {
        var activity = NewActivity(ActivityTypes.ConversationUpdate);
        activity.MembersAdded = [new ChannelAccount(_userId, "Customer")];
        return ProcessAsync(activity, cancellationToken);
    }

    /// <summary>A message of this conversation with <paramref name="text"/> and <paramref name="attachments"/> (a photo the customer sends).</summary>
    public Activity Message(string? text, params Attachment[] attachments)
    {
        var activity = NewActivity(ActivityTypes.Message);
        activity.Text = text;
        activity.Attachments = attachments;
        return activity;
    }

    public async Task<Replies> ProcessAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        var sent = await _adapter.ProcessAsync(activity, _bot.OnTurnAsync, cancellationToken);
        return new Replies(sent.Where(a => a.Type == ActivityTypes.Message).ToList());
    }

    private Activity NewActivity(string type) => new()
    {
        Type = type,
        Id = Guid.NewGuid().ToString(),
        ChannelId = _channelId,
        Conversation = new ConversationAccount(id: _conversationId),
        From = new ChannelAccount(_userId, "Customer"),
        Recipient = new ChannelAccount("bot", "Majordome"),
        ServiceUrl = "https://test.invalid/",
        Locale = _locale,
        Timestamp = Time.GetUtcNow(),
    };
}
