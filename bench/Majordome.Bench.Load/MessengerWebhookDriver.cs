using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Majordome.Bench.Load;

/// <summary>
/// Meta's side of the Messenger channel: each customer message is a signed webhook delivery (<c>POST /api/messenger</c>
/// with <c>X-Hub-Signature-256</c>), sent as a tap on the quick reply or postback button the bot offered when the
/// script's text matches one, as a typed message otherwise. The bot answers later, through the Send API, which
/// <see cref="FakeSendApi"/> stands in for: a turn lasts from the POST until its last reply reaches the fake.
/// How many replies each turn brings is learnt first from one calibration conversation.
/// </summary>
public sealed class MessengerWebhookDriver : ILoadDriver
{
    /// <summary>The Facebook Page the bot is configured for.</summary>
    public const string PageId = "1100000000000077";

    /// <summary>The phase ending with the webhook's 200: the event is stored in the inbox.</summary>
    public const string AcknowledgedPhase = "webhook 200";

    /// <summary>
    /// The phase ending with the turn's first Graph call (its first reply, or mark_seen when the reply is slow): the
    /// inbox has picked the event up.
    /// </summary>
    public const string FirstGraphCallPhase = "first Graph call";

    private static readonly TimeSpan TurnTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan QuietPeriod = TimeSpan.FromSeconds(1);

    private readonly HttpClient _client;
    private readonly FakeSendApi _sendApi;
    private readonly byte[] _appSecret;
    private readonly string _prefix = "9" + Random.Shared.Next(1000, 9999).ToString(CultureInfo.InvariantCulture);
    private int[] _answeredAfter = [];
    private long _customers;
    private long _mids;
    private long _quickReplies;
    private long _postbacks;

    private MessengerWebhookDriver(HttpClient client, FakeSendApi sendApi, string appSecret)
    {
        _client = client;
        _sendApi = sendApi;
        _appSecret = Encoding.UTF8.GetBytes(appSecret);
    }

    /// <summary>The number of replies each turn of the script brought in the calibration conversation.</summary>
    public IReadOnlyList<int> RepliesPerTurn { get; private set; } = [];

    /// <summary>The script's messages that the calibration conversation sent as a tap on an offered choice.</summary>
    public IReadOnlyList<string> TappedTurns { get; private set; } = [];

    /// <summary>How many turns were sent as a quick-reply tap and as a postback, over the driver's life.</summary>
    public (long QuickReplies, long Postbacks) Taps => (Interlocked.Read(ref _quickReplies), Interlocked.Read(ref _postbacks));

    /// <summary>Creates the driver and plays one calibration conversation, turn by turn, waiting for each turn's replies to stop.</summary>
    public static async Task<MessengerWebhookDriver> CreateAsync(HttpClient client, FakeSendApi sendApi, string appSecret, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(sendApi);
        ArgumentException.ThrowIfNullOrEmpty(appSecret);
        var driver = new MessengerWebhookDriver(client, sendApi, appSecret);
        var customer = driver.NewConversation(-1, 0);
        var counts = new List<int>();
        var tapped = new List<string>();
        for (var turn = 0; turn < ConversationScript.Turns.Count; turn++)
        {
            var before = sendApi.MessagesTo(customer);
            var tapsBefore = driver.Taps;
            if (!await driver.PostAsync(customer, turn, cancellationToken).ConfigureAwait(false))
            {
                throw new InvalidOperationException($"Majordome refused the calibration webhook for \"{ConversationScript.Turns[turn]}\".");
            }

            if (driver.Taps != tapsBefore)
            {
                tapped.Add(ConversationScript.Turns[turn]);
            }

            counts.Add(await WaitUntilQuietAsync(sendApi, customer, before, cancellationToken).ConfigureAwait(false) - before);
            if (counts[^1] == 0)
            {
                throw new InvalidOperationException($"Majordome sent no reply to \"{ConversationScript.Turns[turn]}\" within {TurnTimeout.TotalSeconds:0} s: is the Messenger channel configured?");
            }
        }

        sendApi.Forget(customer);
        driver.RepliesPerTurn = counts;
        driver.TappedTurns = tapped;
        var total = 0;
        driver._answeredAfter = counts.Select(c => total += c).ToArray();
        return driver;
    }

    /// <inheritdoc />
    public string NewConversation(int worker, int run) => _prefix + Interlocked.Increment(ref _customers).ToString("D11", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public async Task<TurnOutcome> SendTurnAsync(string conversation, int turn, CancellationToken cancellationToken)
    {
        // Listen before posting: on loopback the first reply can beat the webhook's own 200.
        var started = Stopwatch.GetTimestamp();
        var pickedUp = _sendApi.WaitForCallsAsync(conversation, _sendApi.CallsTo(conversation) + 1);
        var answered = _sendApi.WaitForMessagesAsync(conversation, _answeredAfter[turn]);
        if (!await PostAsync(conversation, turn, cancellationToken).ConfigureAwait(false))
        {
            return TurnOutcome.Failed;
        }

        var acknowledged = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        try
        {
            await pickedUp.WaitAsync(TurnTimeout, cancellationToken).ConfigureAwait(false);
            var firstCall = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            await answered.WaitAsync(TurnTimeout, cancellationToken).ConfigureAwait(false);
            return new TurnOutcome(true, [(AcknowledgedPhase, acknowledged), (FirstGraphCallPhase, firstCall)]);
        }
        catch (TimeoutException)
        {
            return TurnOutcome.Failed;
        }
    }

    /// <inheritdoc />
    public void EndConversation(string conversation) => _sendApi.Forget(conversation);

    /// <summary>Posts the turn's signed delivery; true on 2xx.</summary>
    private async Task<bool> PostAsync(string customer, int turn, CancellationToken cancellationToken)
    {
        var text = ConversationScript.Turns[turn];
        var mid = $"m_bench_{_prefix}_{Interlocked.Increment(ref _mids).ToString(CultureInfo.InvariantCulture)}";
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var messaging = new JsonObject
        {
            ["sender"] = new JsonObject { ["id"] = customer },
            ["recipient"] = new JsonObject { ["id"] = PageId },
            ["timestamp"] = now,
        };
        switch (_sendApi.OfferedChoice(customer, text))
        {
            case { IsPostback: true } postback:
                Interlocked.Increment(ref _postbacks);
                messaging["postback"] = new JsonObject { ["mid"] = mid, ["title"] = text, ["payload"] = postback.Payload };
                break;
            case { } quickReply:
                Interlocked.Increment(ref _quickReplies);
                messaging["message"] = new JsonObject { ["mid"] = mid, ["text"] = text, ["quick_reply"] = new JsonObject { ["payload"] = quickReply.Payload } };
                break;
            default:
                messaging["message"] = new JsonObject { ["mid"] = mid, ["text"] = text };
                break;
        }

        var body = Encoding.UTF8.GetBytes(new JsonObject
        {
            ["object"] = "page",
            ["entry"] = new JsonArray(new JsonObject { ["id"] = PageId, ["time"] = now, ["messaging"] = new JsonArray(messaging) }),
        }.ToJsonString());
        try
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var request = new HttpRequestMessage(HttpMethod.Post, "api/messenger") { Content = content };

            // Meta's signature: HMAC-SHA256 of the exact body bytes with the app secret, in lowercase hex.
            request.Headers.TryAddWithoutValidation("X-Hub-Signature-256", "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(_appSecret, body)));
            using var response = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>Waits for the first reply after <paramref name="before"/>, then until none came for a second; returns the count then.</summary>
    private static async Task<int> WaitUntilQuietAsync(FakeSendApi sendApi, string customer, int before, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + TurnTimeout;
        var count = sendApi.MessagesTo(customer);
        var lastChange = DateTime.UtcNow;
        while (DateTime.UtcNow < deadline)
        {
            await Task.Delay(50, cancellationToken).ConfigureAwait(false);
            var now = sendApi.MessagesTo(customer);
            if (now != count)
            {
                count = now;
                lastChange = DateTime.UtcNow;
            }
            else if (count > before && DateTime.UtcNow - lastChange >= QuietPeriod)
            {
                break;
            }
        }

        return count;
    }
}
