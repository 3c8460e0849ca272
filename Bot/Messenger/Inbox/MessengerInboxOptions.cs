using System.ComponentModel.DataAnnotations;

namespace Majordome.Bot.Messenger.Inbox;

/// <summary>How the Messenger webhook's inbox behaves, bound from the "Messenger:Inbox" section (all optional).</summary>
public sealed class MessengerInboxOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Messenger:Inbox";

    /// <summary>The largest webhook body accepted, in bytes (413 beyond). Default 1 MB; real notifications are a few KB.</summary>
    [Range(4096, 64 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>How long processed events are kept (for dedupe of late redeliveries and for support). Default 7 days.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "365.00:00:00")]
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// How many conversations are processed at the same time (each one stays sequential, in order). Default 64: a
    /// turn mostly waits for the Send API, and to keep the Page's 250 calls a second going
    /// (<see cref="Send.MessengerSendOptions.MaxSendsPerSecond"/>) with Graph answering in 100 to 250 ms, 25 to 60
    /// calls must be on their way at once; with 16, a campaign burst of 1,000 customers was answered at most 16 turns
    /// per Graph round trip (bench/Majordome.Bench.Burst).
    /// </summary>
    [Range(1, 256)]
    public int MaxConcurrentConversations { get; set; } = 64;

    /// <summary>How long one bot turn may run before it is cancelled and its event marked failed. Default 2 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan MaxTurnDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// This instance's name, the same across its restarts and unique among the instances sharing the database: a
    /// restarted instance takes back at once the events its previous run was processing. Empty (the default): the
    /// machine's name and the addresses the bot listens on (<c>Urls</c>). Set it where a restarted instance gets a new
    /// machine name (a Kubernetes Deployment); claims of a run that vanished are still taken back after <see cref="ClaimLease"/>.
    /// </summary>
    [MaxLength(200)]
    public string? InstanceId { get; set; }

    /// <summary>
    /// How long the events a run has claimed stay its own once it stops heart-beating (it crashed, or its machine
    /// vanished); they are then processed by whichever instance looks first. A run heart-beats three times within it.
    /// Default 30 seconds.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:03", "00:10:00")]
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// When the bot is asked to stop (SIGTERM, a deploy), how long the turns in progress may take to finish; those
    /// still running are then cancelled and their events handed back, answered after the restart without repeating
    /// what was already sent. No new event is started once the stop is asked. Default 8 seconds, inside Docker's 10.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan DrainTimeout { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>
    /// After a kill -9, how long the event taken back waits for the echo of a reply that was on its way to Graph
    /// when the process died: Meta echoes each message the Page sends with the token the bot put in its metadata,
    /// so a reply whose echo comes is not sent a second time; one whose echo does not come in time is sent. Only
    /// for Messenger (Instagram echoes carry no metadata). Zero turns the intents and tokens off: set it to zero
    /// when the Page is not subscribed to <c>message_echoes</c>. Default 5 seconds.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan EchoWait { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// At start-up, how long the inbox waits for the instance to be ready (the recognizers warm, the intent model
    /// trained) before it answers the events stored: until then a first message that asks a question or a booking
    /// would get the menu only. Events keep being stored and acknowledged meanwhile. Zero: no wait. Default 60 seconds.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan ReadinessWait { get; set; } = TimeSpan.FromSeconds(60);
}
