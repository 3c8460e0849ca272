using System.Text;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Team;

/// <summary>Reads a server-sent events stream over real HTTP, as EventSource does: one event at a time.</summary>
public sealed class ServerSentEvents : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task<StreamReader> _reader;

    public ServerSentEvents(HttpClient http, string path)
    {
        _reader = OpenAsync(http, path, _stop.Token);
    }

    /// <summary>The data of the next event named <paramref name="name"/> (others are skipped), within 10 seconds.</summary>
    public async Task<JObject> NextAsync(string name)
    {
        var reader = await _reader;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        string? eventName = null;
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.Length == 0)
            {
                if (eventName == name && data.Length > 0)
                {
                    return JObject.Parse(data.ToString());
                }

                (eventName, data) = (null, new StringBuilder());
            }
            else if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                eventName = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data.Append(line["data: ".Length..]);
            }
        }

        throw new Xunit.Sdk.XunitException($"The event stream ended before a \"{name}\" event.");
    }

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
    }

    private static async Task<StreamReader> OpenAsync(HttpClient http, string path, CancellationToken cancellationToken)
    {
        var response = await http.GetAsync(path, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        return new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken), Encoding.UTF8);
    }
}
