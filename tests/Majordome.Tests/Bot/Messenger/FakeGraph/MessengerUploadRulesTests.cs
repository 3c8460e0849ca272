using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Messenger.FakeGraph;

/// <summary>
/// The fake Graph server takes a file sent with its message (multipart/form-data on /me/messages) as Meta does, and
/// refuses a malformed one with error 100, so a client that gets the request shape wrong fails in tests.
/// </summary>
public sealed class MessengerUploadRulesTests : IAsyncLifetime
{
    private const string Recipient = """{"id":"7028345619274851"}""";
    private const string FileMessage = """{"attachment":{"type":"file","payload":{"is_reusable":false}}}""";
    private FakeGraphServer _graph = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _graph = await FakeGraphServer.StartAsync();
        _http = new HttpClient { BaseAddress = _graph.BaseUrl };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _graph.DisposeAsync();
    }

    [Fact]
    public async Task UploadAndSend_WellFormed_IsAccepted_AndTheFileKept()
    {
        var (status, answer) = await PostAsync(("recipient", Recipient), ("messaging_type", "RESPONSE"), ("message", FileMessage), ("filedata", "BEGIN:VCALENDAR"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith("m_", (string?)answer["message_id"], StringComparison.Ordinal);
        var upload = Assert.Single(_graph.MessengerUploads);
        Assert.Equal("reservation-MT-7K2QX.ics", upload.FileName);
        Assert.Equal("text/calendar", upload.ContentType);
        Assert.Equal("BEGIN:VCALENDAR", Encoding.UTF8.GetString(upload.Content));
    }

    [Theory]
    [InlineData("recipient,message", "filedata")]
    [InlineData("recipient,message,file", "not a valid parameter")]
    [InlineData("recipient,filedata", "required")]
    [InlineData("recipient,attachment,filedata", "not a valid parameter")]
    [InlineData("recipient,message-with-url,filedata", "no url")]
    [InlineData("recipient,message-text,filedata", "type image, audio, video or file")]
    public async Task UploadAndSend_Malformed_IsRefusedWithError100(string parts, string expected)
    {
        var fields = parts.Split(',').Select(part => part switch
        {
            "recipient" => ("recipient", Recipient),
            "message" => ("message", FileMessage),
            "message-with-url" => ("message", """{"attachment":{"type":"file","payload":{"url":"https://x.example/a.ics"}}}"""),
            "message-text" => ("message", """{"text":"hello"}"""),
            "attachment" => ("attachment", FileMessage),
            "filedata" => ("filedata", "BEGIN:VCALENDAR"),
            _ => (part, "BEGIN:VCALENDAR"),
        }).ToArray();

        var (status, answer) = await PostAsync(fields);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(100, (int?)answer["error"]?["code"]);
        Assert.Contains(expected, (string?)answer["error"]?["message"], StringComparison.Ordinal);
        Assert.Empty(_graph.MessengerUploads);
    }

    private async Task<(HttpStatusCode Status, JObject Answer)> PostAsync(params (string Name, string Value)[] fields)
    {
        using var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            if (value.StartsWith("BEGIN:", StringComparison.Ordinal))
            {
                var file = new ByteArrayContent(Encoding.UTF8.GetBytes(value));
                file.Headers.ContentType = new MediaTypeHeaderValue("text/calendar");
                form.Add(file, name, "reservation-MT-7K2QX.ics");
            }
            else
            {
                form.Add(new StringContent(value), name);
            }
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "v25.0/me/messages") { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", FakeGraphServer.PageToken);
        using var response = await _http.SendAsync(request);
        return (response.StatusCode, JObject.Parse(await response.Content.ReadAsStringAsync()));
    }
}
