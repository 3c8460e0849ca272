using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Majordome.Bot.DirectLine;

/// <summary>
/// One open Direct Line WebSocket stream: sends the conversation's activities after a watermark as ActivitySet
/// messages (<c>{"activities":[...],"watermark":"N"}</c>) as they are appended, and an empty message when there
/// has been nothing to say for a while, as Direct Line does. What the client sends is read and ignored (clients
/// post over HTTP; directlinejs sends empty pings); the stream ends when the client closes it, the request is
/// aborted or the conversation is removed.
/// </summary>
public static class DirectLineStream
{
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(5);
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore });

    /// <summary>Runs the stream until it ends.</summary>
    public static async Task RunAsync(WebSocket socket, IDirectLineConversations store, string conversationId, int? watermark, TimeSpan keepAlive, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(socket);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        using var ending = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var receiving = DrainUntilClosedAsync(socket, ending);
        try
        {
            while (!ending.IsCancellationRequested && await store.ReadAsync(conversationId, watermark, ending.Token).ConfigureAwait(false) is { } read)
            {
                if (read.Activities.Count > 0)
                {
                    var set = new JObject
                    {
                        ["activities"] = JArray.FromObject(read.Activities, Serializer),
                        ["watermark"] = read.Watermark?.ToString(CultureInfo.InvariantCulture),
                    };
                    await SendAsync(socket, Encoding.UTF8.GetBytes(set.ToString(Formatting.None)), ending.Token).ConfigureAwait(false);
                    watermark = read.Watermark;
                    continue;
                }

                using var waiting = CancellationTokenSource.CreateLinkedTokenSource(ending.Token, read.Removed);
                var quiet = Task.Delay(keepAlive, time, waiting.Token);
                var woke = await Task.WhenAny(read.Changed, quiet).ConfigureAwait(false);
                if (read.Removed.IsCancellationRequested || ending.IsCancellationRequested)
                {
                    break;
                }

                if (woke == quiet)
                {
                    await SendAsync(socket, [], ending.Token).ConfigureAwait(false);
                }
            }

            // The stream ends here (the conversation was removed): close it and let the client answer. A close the
            // client started is answered in finally, whichever way the loop left.
            if (socket.State is WebSocketState.Open)
            {
                using var closing = new CancellationTokenSource(CloseTimeout);
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "Stream ended", closing.Token).ConfigureAwait(false);

                // Let the client answer the close (the drain loop reads its close frame) so the handshake completes.
                await receiving.WaitAsync(CloseTimeout, closing.Token).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or TimeoutException or Npgsql.NpgsqlException)
        {
            // The client went away, did not answer the close, the host is stopping, or the shared database cannot be
            // read: the client reconnects with its watermark (to another instance, if need be) and misses nothing.
        }
        finally
        {
            await ending.CancelAsync().ConfigureAwait(false);
            await receiving.ConfigureAwait(false);
            await AnswerClientCloseAsync(socket).ConfigureAwait(false);
        }
    }

    // The client's close frame can arrive while the loop waits on the store (a PostgreSQL read under load): the read is
    // cancelled and the loop leaves without answering, and the client saw the connection reset instead of a close. A
    // close the client started is always answered.
    private static async Task AnswerClientCloseAsync(WebSocket socket)
    {
        if (socket.State != WebSocketState.CloseReceived)
        {
            return;
        }

        try
        {
            using var closing = new CancellationTokenSource(CloseTimeout);
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "Stream ended", closing.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // The client is gone already.
        }
    }

    private static Task SendAsync(WebSocket socket, byte[] message, CancellationToken cancellationToken) =>
        socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    private static async Task DrainUntilClosedAsync(WebSocket socket, CancellationTokenSource ending)
    {
        var buffer = new byte[1024];
        try
        {
            while (!ending.IsCancellationRequested)
            {
                var result = await socket.ReceiveAsync(buffer, ending.Token).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // Closed or aborted: the stream ends below.
        }

        await ending.CancelAsync().ConfigureAwait(false);
    }
}
