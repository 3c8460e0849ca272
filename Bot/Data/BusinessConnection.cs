using System.Data.Common;
using Majordome.Bot.Storage;

namespace Majordome.Bot.Data;

/// <summary>
/// A business database connection for one store call: either opened for it (disposing the lease closes it) or the
/// turn's own PostgreSQL connection, borrowed (disposing the lease gives it back, open: it still holds the
/// conversation's lock). Stores dispose the lease, never <see cref="Connection"/> itself.
/// </summary>
internal sealed class BusinessConnection : IAsyncDisposable
{
    private readonly TurnConnection? _lender;

    private BusinessConnection(DbConnection connection, TurnConnection? lender)
    {
        Connection = connection;
        _lender = lender;
    }

    /// <summary>The open connection; valid until the lease is disposed.</summary>
    public DbConnection Connection { get; }

    /// <summary>A lease on a connection opened for it.</summary>
    public static BusinessConnection Owned(DbConnection connection) => new(connection, null);

    /// <summary>A lease on the turn's connection, borrowed from <paramref name="lender"/>.</summary>
    public static BusinessConnection Borrowed(DbConnection connection, TurnConnection lender) => new(connection, lender);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_lender is null)
        {
            await Connection.DisposeAsync().ConfigureAwait(false);
            return;
        }

        _lender.GiveBack();
    }
}
