using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Majordome.Bot.Team.Console;

/// <summary>
/// GET /team/api/conversations/{id}/events: the conversation's new messages as server-sent events, live. Each event
/// is a message (<c>event: line</c>, its id the message's, so a reconnecting browser resumes after the last one it
/// saw with <c>Last-Event-ID</c>) or the request's status when it changes (<c>event: status</c>). Messages stored by
/// this instance wake the stream at once; others are found by polling the database.
/// </summary>
public static class TeamConversationEvents
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Streams until the browser goes away.</summary>
    public static async Task StreamAsync(long id, HttpContext http, SqlHandoffQueue queue, SqlTranscriptStore transcripts, TeamLiveSignals signals, IOptions<TeamOptions> options, TimeProvider time, long? after = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        var cancellationToken = http.RequestAborted;
        if (await queue.FindAsync(id, cancellationToken).ConfigureAwait(false) is not { } request)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var text = TeamText.For(http);
        var last = long.TryParse(http.Request.Headers["Last-Event-ID"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var resumed) ? resumed : after ?? 0;
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-store";
        // Proxies that buffer (nginx) would hold the events back.
        http.Response.Headers["X-Accel-Buffering"] = "no";
        await http.Response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);

        string? status = null;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                // Ask for the signal before reading, so a message stored in between still wakes the next wait.
                var next = signals.NextAsync(request.Channel, request.ConversationId);
                foreach (var line in await transcripts.ReadAsync(request.Channel, request.ConversationId, last, cancellationToken: cancellationToken).ConfigureAwait(false))
                {
                    await WriteAsync(http, "line", line.Id.ToString(CultureInfo.InvariantCulture), new { line.Id, line.Author, line.AuthorName, line.Text, time = text.Clock(line.CreatedUtc) }, cancellationToken).ConfigureAwait(false);
                    last = line.Id;
                }

                var current = await queue.FindAsync(id, cancellationToken).ConfigureAwait(false);
                var now = $"{current?.Status}/{current?.AgentId}";
                if (now != status)
                {
                    if (status is not null)
                    {
                        await WriteAsync(http, "status", null, new { current?.Status, current?.AgentName }, cancellationToken).ConfigureAwait(false);
                    }

                    status = now;
                }

                await Task.WhenAny(next, Task.Delay(options.Value.LivePollInterval, time, cancellationToken)).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The agent closed the page.
        }
    }

    private static async Task WriteAsync(HttpContext http, string name, string? eventId, object data, CancellationToken cancellationToken)
    {
        var text = $"event: {name}\n{(eventId is null ? string.Empty : $"id: {eventId}\n")}data: {JsonSerializer.Serialize(data, Json)}\n\n";
        await http.Response.WriteAsync(text, cancellationToken).ConfigureAwait(false);
        await http.Response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
