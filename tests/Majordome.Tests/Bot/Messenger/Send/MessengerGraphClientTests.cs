using System.Diagnostics;
using Majordome.Bot.Messenger.Send;
using Majordome.Tests.Bot.Messenger.FakeGraph;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Messenger.Send;

/// <summary>The Send API client against the fake Graph server: retries, permanent errors, unreachable customers, logs, rate.</summary>
public sealed class MessengerGraphClientTests : IAsyncLifetime
{
    private MessengerRig _rig = null!;

    public async Task InitializeAsync() => _rig = await MessengerRig.StartAsync();

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    [Theory]
    [InlineData("err_2_transient")]
    [InlineData("err_1200_temporary_send_failure")]
    [InlineData("err_613_rate_limit")]
    public async Task Send_RetryableError_IsRetried_ThenSucceeds(string fixture)
    {
        _rig.Graph.EnqueueError(fixture);
        _rig.Graph.EnqueueError(fixture, status: 500);
        var ids = await _rig.Sender.SendAsync(MessengerRig.Thread, [new JObject { ["text"] = "Bonjour" }], SendPolicy.Response);
        Assert.Equal(3, _rig.Graph.CallsTo("/me/messages").Count);
        Assert.StartsWith("m_fake", Assert.Single(ids), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_FileToUpload_IsRetriedWholeAfterATransientError()
    {
        // Each attempt builds its multipart body anew: a retry must carry the file again, not a disposed stream.
        _rig.Graph.EnqueueError("err_2_transient");
        var message = MessengerFileUpload.FileMessage("reservation-MT-7K2QX.ics", "text/calendar", Convert.ToBase64String("BEGIN:VCALENDAR"u8.ToArray()));

        var ids = await _rig.Sender.SendAsync(MessengerRig.Thread, [message], SendPolicy.Response);

        Assert.Equal(2, _rig.Graph.CallsTo("/me/messages").Count);
        Assert.StartsWith("m_fake", Assert.Single(ids), StringComparison.Ordinal);
        var upload = Assert.Single(_rig.Graph.MessengerUploads);
        Assert.Equal(("reservation-MT-7K2QX.ics", "text/calendar", "BEGIN:VCALENDAR"), (upload.FileName, upload.ContentType, System.Text.Encoding.UTF8.GetString(upload.Content)));
        Assert.Null(upload.Body["message"]![MessengerFileUpload.Property]);
        Assert.NotNull(message[MessengerFileUpload.Property]);
    }

    [Fact]
    public async Task Send_RetryableErrorEveryTime_GivesUpAfterMaxAttempts()
    {
        for (var i = 0; i < 6; i++)
        {
            _rig.Graph.EnqueueError("err_2_transient");
        }

        var error = await Assert.ThrowsAsync<MessengerSendException>(() => _rig.Sender.SendAsync(MessengerRig.Thread, [new JObject { ["text"] = "x" }], SendPolicy.Response));
        Assert.Equal(GraphErrorKind.Retryable, error.Kind);
        Assert.Equal(4, _rig.Graph.CallsTo("/me/messages").Count);
    }

    [Theory]
    [InlineData("err_190_invalid_token", 190, GraphErrorKind.Permanent)]
    [InlineData("err_100_2018001_no_matching_user", 100, GraphErrorKind.Permanent)]
    [InlineData("err_100_invalid_parameter", 100, GraphErrorKind.Permanent)]
    [InlineData("err_105_too_many_buttons", 105, GraphErrorKind.Permanent)]
    [InlineData("err_2018300_other_app_controls_thread", 10, GraphErrorKind.ThreadControlled)]
    [InlineData("err_10_2018278_outside_window", 10, GraphErrorKind.WindowClosed)]
    public async Task Send_PermanentError_IsNotRetried(string fixture, int code, GraphErrorKind kind)
    {
        _rig.Graph.EnqueueError(fixture);
        var error = await Assert.ThrowsAsync<MessengerSendException>(() => _rig.Sender.SendAsync(MessengerRig.Thread, [new JObject { ["text"] = "x" }], SendPolicy.Response));
        Assert.Equal(code, error.Error.Code);
        Assert.Equal(kind, error.Kind);
        Assert.Single(_rig.Graph.CallsTo("/me/messages"));
        Assert.False(await _rig.Unreachable.IsUnreachableAsync(MessengerRig.Thread, CancellationToken.None));
    }

    [Fact]
    public async Task Send_UserBlockedThePage_IsMarkedUnreachable_AndNotSentToAgainUntilTheyWrite()
    {
        _rig.Graph.EnqueueError("err_551_1545041_unavailable");
        var error = await Assert.ThrowsAsync<MessengerSendException>(() => _rig.Sender.SendAsync(MessengerRig.Thread, [new JObject { ["text"] = "x" }], SendPolicy.Response));
        Assert.Equal(GraphErrorKind.Unreachable, error.Kind);
        Assert.True(await _rig.Unreachable.IsUnreachableAsync(MessengerRig.Thread, CancellationToken.None));

        await Assert.ThrowsAsync<MessengerUnreachableException>(() => _rig.Sender.SendAsync(MessengerRig.Thread, [new JObject { ["text"] = "encore" }], SendPolicy.Response));
        Assert.Single(_rig.Graph.CallsTo("/me/messages"));

        // The customer writes again: the adapter clears the mark and the reply goes out.
        var adapter = _rig.Adapter(new DelegateBot((turn, ct) => turn.SendActivityAsync("Re-bonjour", cancellationToken: ct)));
        await adapter.RunTurnAsync(MessengerRig.Incoming(MessengerRig.Thread, "coucou"), CancellationToken.None);
        Assert.False(await _rig.Unreachable.IsUnreachableAsync(MessengerRig.Thread, CancellationToken.None));
        Assert.Equal("Re-bonjour", (string?)_rig.Graph.SentMessages[^1]["message"]!["text"]);
    }

    [Fact]
    public async Task Unreachable_IsPersisted_AcrossInstances()
    {
        await _rig.Unreachable.MarkAsync(MessengerRig.Thread, "code 551", CancellationToken.None);
        var reopened = new SqlUnreachableRecipients(_rig.Database, TimeProvider.System);
        Assert.True(await reopened.IsUnreachableAsync(MessengerRig.Thread, CancellationToken.None));
        Assert.False(await reopened.IsUnreachableAsync(MessengerRig.InstagramThread, CancellationToken.None));
    }

    [Fact]
    public async Task Send_TokenTravelsInTheHeader_NeverInTheUrlOrTheLogs_AndFbTraceIdIsLogged()
    {
        _rig.Graph.EnqueueError("err_2_transient");
        _rig.Graph.EnqueueError("err_190_invalid_token");
        await Assert.ThrowsAsync<MessengerSendException>(() => _rig.Sender.SendAsync(MessengerRig.Thread, [new JObject { ["text"] = "x" }], SendPolicy.Response));

        Assert.All(_rig.Graph.Calls, c =>
        {
            Assert.Equal("Bearer " + FakeGraphServer.PageToken, c.Headers["Authorization"]);
            Assert.DoesNotContain(FakeGraphServer.PageToken, c.Path + c.Query, StringComparison.Ordinal);
        });
        Assert.DoesNotContain(FakeGraphServer.PageToken, _rig.Logs.All, StringComparison.Ordinal);
        Assert.Contains(_rig.Logs.Lines, l => l.Contains("fbtrace_id AxQ3m9Zk1pLr8TbV2cNw7Ye", StringComparison.Ordinal) && l.Contains("code 2,", StringComparison.Ordinal));
        Assert.Contains(_rig.Logs.Lines, l => l.Contains("code 190, subcode 463", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Send_WrongToken_IsRefusedByGraph_AndNotRetried()
    {
        _rig.Options.Pages[0].AccessToken = "expired";
        var error = await Assert.ThrowsAsync<MessengerSendException>(() => _rig.Sender.SendAsync(MessengerRig.Thread, [new JObject { ["text"] = "x" }], SendPolicy.Response));
        Assert.Equal(190, error.Error.Code);
        Assert.Equal(FakeGraphServer.FakeTraceId, error.Error.FbTraceId);
        Assert.Single(_rig.Graph.Calls);
    }

    [Fact]
    public async Task Send_UsageHeaderAsksToWait_TheRetryWaits_CappedByMaxRetryDelay()
    {
        // estimated_time_to_regain_access is in minutes: 1 minute, capped to the rig's 50 ms.
        _rig.Graph.EnqueueError("err_613_rate_limit", headers: new Dictionary<string, string>
        {
            ["X-Business-Use-Case-Usage"] = """{"1100000000000001":[{"type":"messenger","call_count":100,"total_cputime":10,"total_time":10,"estimated_time_to_regain_access":1}]}""",
        });
        var watch = Stopwatch.StartNew();
        await _rig.Sender.SendAsync(MessengerRig.Thread, [new JObject { ["text"] = "x" }], SendPolicy.Response);
        Assert.InRange(watch.Elapsed, TimeSpan.FromMilliseconds(45), TimeSpan.FromSeconds(5));
        Assert.Equal(2, _rig.Graph.CallsTo("/me/messages").Count);
    }

    [Fact]
    public void RegainAccessDelay_ReadsTheLongestWaitOfBothHeaders()
    {
        using var response = new HttpResponseMessage();
        response.Headers.Add("X-App-Usage", """{"call_count":95,"total_time":20,"total_cputime":20,"estimated_time_to_regain_access":2}""");
        response.Headers.Add("X-Business-Use-Case-Usage", """{"1":[{"type":"messenger","estimated_time_to_regain_access":5}]}""");
        Assert.Equal(TimeSpan.FromMinutes(5), UsageHeaders.RegainAccessDelay(response));
        using var none = new HttpResponseMessage();
        Assert.Null(UsageHeaders.RegainAccessDelay(none));
    }

    [Fact]
    public async Task Send_ManyMessages_AreBoundedByThePageRate()
    {
        // On a fake clock, so the machine's load cannot make the bound look tighter or looser than it is.
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var slow = await MessengerRig.StartAsync(new MessengerSendOptions { MaxSendsPerSecond = 10, RetryBaseDelay = TimeSpan.FromMilliseconds(5) }, clock);
        var messages = Enumerable.Range(1, 16).Select(i => new JObject { ["text"] = $"message {i}" }).ToList();

        var sending = slow.Sender.SendAsync(MessengerRig.Thread, messages, SendPolicy.Response);
        var advanced = TimeSpan.Zero;
        while (!sending.IsCompleted && advanced < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(20);
            if (slow.Graph.SentMessages.Count >= 10)
            {
                clock.Advance(TimeSpan.FromMilliseconds(50));
                advanced += TimeSpan.FromMilliseconds(50);
            }
        }

        await sending;

        // A burst of 10, then 6 more at 10 per second: at least 0.6 s of the page's clock (the clock is moved in
        // 50 ms steps only once the burst is out; it may overshoot while a send is on the wire, never undershoot).
        Assert.True(advanced >= TimeSpan.FromMilliseconds(550), $"16 sends at 10 per second took only {advanced.TotalMilliseconds} ms of the clock");
        Assert.Equal(16, slow.Graph.SentMessages.Count);
        Assert.Equal(Enumerable.Range(1, 16).Select(i => $"message {i}"), slow.Graph.SentMessages.Select(m => (string?)m["message"]!["text"]));
    }

    [Fact]
    public async Task Send_UserRefRecipient_IsAddressedByUserRef_AndHasNoRecipientIdInTheResponse()
    {
        var thread = MessengerRig.Thread with { UserId = "user_ref:opt-in-42" };
        var ids = await _rig.Sender.SendAsync(thread, [new JObject { ["text"] = "Merci !" }], SendPolicy.Response);
        Assert.Equal("opt-in-42", (string?)_rig.Graph.SentMessages[0]["recipient"]!["user_ref"]);
        Assert.Null(_rig.Graph.SentMessages[0]["recipient"]!["id"]);
        Assert.NotNull(Assert.Single(ids));
    }

    [Theory]
    [InlineData(551, null, GraphErrorKind.Unreachable)]
    [InlineData(200, 1545041, GraphErrorKind.Unreachable)]
    [InlineData(10, 2018108, GraphErrorKind.Unreachable)]
    [InlineData(10, 2018278, GraphErrorKind.WindowClosed)]
    [InlineData(4, null, GraphErrorKind.Retryable)]
    [InlineData(17, null, GraphErrorKind.Retryable)]
    [InlineData(32, null, GraphErrorKind.Retryable)]
    [InlineData(341, null, GraphErrorKind.Retryable)]
    [InlineData(80001, null, GraphErrorKind.Retryable)]
    [InlineData(80006, null, GraphErrorKind.Retryable)]
    [InlineData(1, 99, GraphErrorKind.Retryable)]
    [InlineData(613, 2018338, GraphErrorKind.Permanent)]
    [InlineData(200, null, GraphErrorKind.Permanent)]
    [InlineData(368, null, GraphErrorKind.Permanent)]
    public void Classify_DecidesOnCodeAndSubcode(int code, int? subcode, GraphErrorKind expected)
    {
        Assert.Equal(expected, GraphErrorClassifier.Classify(new GraphError(code, subcode, "m", "OAuthException", false, "t")));
    }

    [Fact]
    public void Parse_NotJson5xx_IsTransient_4xxIsPermanent()
    {
        Assert.Equal(GraphErrorKind.Retryable, GraphErrorClassifier.Classify(GraphError.Parse("<html>Bad gateway</html>", 502)));
        Assert.Equal(GraphErrorKind.Permanent, GraphErrorClassifier.Classify(GraphError.Parse("nope", 404)));
    }

    [Fact]
    public async Task Send_GraphUnreachable_IsRetriedAsTransient_ThenReported()
    {
        await using var down = await MessengerRig.StartAsync();
        var closed = down.Graph.BaseUrl;
        await down.Graph.DisposeAsync();
        down.Options.GraphBaseUrl = closed;
        var error = await Assert.ThrowsAsync<MessengerSendException>(() => down.Sender.SendAsync(MessengerRig.Thread, [new JObject { ["text"] = "x" }], SendPolicy.Response));
        Assert.Equal(2, error.Error.Code);
        Assert.Equal(4, down.Logs.Lines.Count(l => l.Contains("Network error", StringComparison.Ordinal)));
    }
}
