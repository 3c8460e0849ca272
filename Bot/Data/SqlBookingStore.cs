using System.Data.Common;
using System.Globalization;
using Majordome.Dialogs.Bookings;

namespace Majordome.Bot.Data;

/// <summary>
/// Tasting-table bookings in the business database. Seats are counted and the booking inserted inside one
/// write transaction, which holds the database's write lock: two customers racing for the last seats, even
/// from two bot processes, are served one after the other and only the first gets them. The confirmation's
/// operation id is looked up and saved in that same transaction, so a confirmation replayed after a crash finds
/// the booking it made instead of booking again.
/// </summary>
public sealed class SqlBookingStore : IBookingStore
{
    private const string Confirmed = nameof(BookingStatus.Confirmed);
    private const string Cancelled = nameof(BookingStatus.Cancelled);
    private const string Columns = "reference, customer_key, boutique_id, start_utc, party_size, name, phone, status";

    // Every key of the customer: a booking made on a channel before it was linked stays under that channel's key (so
    // erasure, analytics and reminders keep the key it was made with) and is read, moved and cancelled through the link.
    private static readonly string OfTheCustomer = $"customer_key IN ({CustomerKeyGroupSql.KeysOf("@customer")})";

    private readonly BusinessDatabase _database;
    private readonly TimeProvider _time;

    /// <summary>Creates the store.</summary>
    public SqlBookingStore(BusinessDatabase database, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(time);
        _database = database;
        _time = time;
    }

    /// <inheritdoc />
    public async Task<BookingResult> BookAsync(BookingRequest request, int capacity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(request.PartySize);
        await using var lease = await _database.BorrowAsync(cancellationToken);
        var connection = lease.Connection;
        await using var transaction = await _database.BeginWriteAsync(connection, cancellationToken);
        if (request.OperationId is not null
            && await FindByOperationAsync(connection, transaction, request.OperationId, request.CustomerKey, cancellationToken) is { } done)
        {
            await transaction.RollbackAsync(cancellationToken);
            return new BookingResult.AlreadyBooked(done);
        }

        var taken = await SeatsTakenAsync(connection, transaction, request.BoutiqueId, request.Start, null, cancellationToken);
        if (taken + request.PartySize > capacity)
        {
            await transaction.RollbackAsync(cancellationToken);
            return new BookingResult.Full(Math.Max(0, capacity - taken));
        }

        var booking = new Booking(BookingReferences.New(), request.CustomerKey, request.BoutiqueId, request.Start, request.PartySize, request.Name, request.Phone, BookingStatus.Confirmed);
        await using var insert = SqlCommands.Create(connection, transaction, $"""
            INSERT INTO bookings ({Columns}, created_utc, operation_id)
            VALUES (@reference, @customer, @boutique, @start, @party, @name, @phone, @status, @created, @operation);
            """,
            ("@reference", booking.Reference), ("@customer", booking.CustomerKey), ("@boutique", booking.BoutiqueId),
            ("@start", SqlCommands.ToText(booking.Start)), ("@party", booking.PartySize), ("@name", booking.Name), ("@phone", booking.Phone),
            ("@status", Confirmed), ("@created", SqlCommands.ToText(_time.GetUtcNow())), ("@operation", request.OperationId));
        await insert.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new BookingResult.Confirmed(booking);
    }

    /// <inheritdoc />
    public async Task<int> SeatsTakenAsync(string boutiqueId, DateTimeOffset start, CancellationToken cancellationToken = default)
    {
        await using var lease = await _database.BorrowAsync(cancellationToken);
        var connection = lease.Connection;
        return await SeatsTakenAsync(connection, null, boutiqueId, start, null, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Booking>> ListUpcomingAsync(string customerKey, DateTimeOffset after, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(customerKey);
        await using var lease = await _database.BorrowAsync(cancellationToken);
        var connection = lease.Connection;
        await using var command = SqlCommands.Create(connection, null,
            $"SELECT {Columns} FROM bookings WHERE {OfTheCustomer} AND status = @status AND start_utc > @after ORDER BY start_utc;",
            ("@customer", customerKey), ("@status", Confirmed), ("@after", SqlCommands.ToText(after)));
        return await ReadAsync(command, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<Booking?> FindAsync(string reference, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reference);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = SqlCommands.Create(connection, null,
            $"SELECT {Columns} FROM bookings WHERE reference = @reference;", ("@reference", reference.Trim().ToUpperInvariant()));
        var found = await ReadAsync(command, cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    /// <inheritdoc />
    public async Task<BookingResult> CancelAsync(string reference, string customerKey, CancellationToken cancellationToken = default)
    {
        await using var lease = await _database.BorrowAsync(cancellationToken);
        var connection = lease.Connection;
        await using var transaction = await _database.BeginWriteAsync(connection, cancellationToken);
        var booking = await FindOwnAsync(connection, transaction, reference, customerKey, cancellationToken);
        if (booking is null)
        {
            return new BookingResult.NotFound();
        }

        await using var update = SqlCommands.Create(connection, transaction,
            "UPDATE bookings SET status = @status WHERE reference = @reference;", ("@status", Cancelled), ("@reference", booking.Reference));
        await update.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new BookingResult.Confirmed(booking with { Status = BookingStatus.Cancelled });
    }

    /// <inheritdoc />
    public async Task<BookingResult> MoveAsync(string reference, string customerKey, DateTimeOffset newStart, int capacity, CancellationToken cancellationToken = default)
    {
        await using var lease = await _database.BorrowAsync(cancellationToken);
        var connection = lease.Connection;
        await using var transaction = await _database.BeginWriteAsync(connection, cancellationToken);
        var booking = await FindOwnAsync(connection, transaction, reference, customerKey, cancellationToken);
        if (booking is null)
        {
            return new BookingResult.NotFound();
        }

        // The booking's own seats do not count against its new slot (moving within the same slot is a no-op).
        var taken = await SeatsTakenAsync(connection, transaction, booking.BoutiqueId, newStart, booking.Reference, cancellationToken);
        if (taken + booking.PartySize > capacity)
        {
            return new BookingResult.Full(Math.Max(0, capacity - taken));
        }

        await using var update = SqlCommands.Create(connection, transaction,
            "UPDATE bookings SET start_utc = @start WHERE reference = @reference;", ("@start", SqlCommands.ToText(newStart)), ("@reference", booking.Reference));
        await update.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new BookingResult.Confirmed(booking with { Start = newStart });
    }

    private static async Task<int> SeatsTakenAsync(DbConnection connection, DbTransaction? transaction, string boutiqueId, DateTimeOffset start, string? except, CancellationToken cancellationToken)
    {
        await using var command = SqlCommands.Create(connection, transaction, """
            SELECT COALESCE(SUM(party_size), 0) FROM bookings
            WHERE boutique_id = @boutique AND start_utc = @start AND status = @status AND reference IS DISTINCT FROM @except;
            """,
            ("@boutique", boutiqueId), ("@start", SqlCommands.ToText(start)), ("@status", Confirmed), ("@except", except));
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static async Task<Booking?> FindOwnAsync(DbConnection connection, DbTransaction transaction, string reference, string customerKey, CancellationToken cancellationToken)
    {
        await using var command = SqlCommands.Create(connection, transaction,
            $"SELECT {Columns} FROM bookings WHERE reference = @reference AND {OfTheCustomer} AND status = @status;",
            ("@reference", reference?.Trim().ToUpperInvariant()), ("@customer", customerKey), ("@status", Confirmed));
        var found = await ReadAsync(command, cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    /// <summary>
    /// The booking <paramref name="operationId"/> made, whatever its status since (a cancelled booking is not made
    /// again by replaying its confirmation). Another customer's id is a fault, not a booking to show.
    /// </summary>
    private static async Task<Booking?> FindByOperationAsync(DbConnection connection, DbTransaction transaction, string operationId, string customerKey, CancellationToken cancellationToken)
    {
        await using var command = SqlCommands.Create(connection, transaction,
            $"SELECT {Columns} FROM bookings WHERE operation_id = @operation;", ("@operation", operationId));
        var found = await ReadAsync(command, cancellationToken);
        if (found.Count == 0)
        {
            return null;
        }

        return found[0].CustomerKey == customerKey
            ? found[0]
            : throw new InvalidOperationException($"Operation {operationId} belongs to another customer: operation ids are made by the bot, one per confirmation question.");
    }

    private static async Task<IReadOnlyList<Booking>> ReadAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var bookings = new List<Booking>();
        while (await reader.ReadAsync(cancellationToken))
        {
            bookings.Add(new Booking(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), SqlCommands.FromText(reader.GetString(3)), SqlCommands.Int32(reader, 4),
                reader.GetString(5), reader.GetString(6), Enum.Parse<BookingStatus>(reader.GetString(7))));
        }

        return bookings;
    }
}
