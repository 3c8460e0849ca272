namespace Majordome.Bot.DirectLine;

/// <summary>
/// The stream tokens already used to open a WebSocket: in this process (<see cref="DirectLineStreamTickets"/>) or in
/// the shared database (<see cref="Postgres.PostgresDirectLineStreamTickets"/>), so a stream URL opens one socket
/// whichever instance it reaches.
/// </summary>
public interface IDirectLineStreamTickets
{
    /// <summary>Uses up the stream token <paramref name="nonce"/>; false if it was used already.</summary>
    ValueTask<bool> TryUseAsync(string nonce, DateTimeOffset expiresAt, CancellationToken cancellationToken = default);
}
