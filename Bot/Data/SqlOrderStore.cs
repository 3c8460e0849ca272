using System.Data.Common;
using System.Globalization;
using Majordome.Dialogs.Anticipation.BackInStock;
using Majordome.Dialogs.Commerce;
using Newtonsoft.Json;

namespace Majordome.Bot.Data;

/// <summary>
/// Orders and stock in the business database. Placing an order checks and decrements the stock of every line
/// and saves the order with its prices in one write transaction: either all of it happens or none. The
/// confirmation's operation id is looked up and saved in that same transaction, so a confirmation replayed after a
/// crash finds the order it placed instead of ordering (and taking the stock) again.
/// </summary>
public sealed class SqlOrderStore : IOrderStore, IOrderStatusStore, IStockLevels
{
    // Every key of the customer: orders placed on a channel before it was linked stay under that channel's key (so
    // erasure, analytics and the order's own history keep the key it was placed with) and are read through the link.
    private static readonly string OfTheCustomer = $"customer_key IN ({CustomerKeyGroupSql.KeysOf("@customer")})";

    private readonly BusinessDatabase _database;
    private readonly TimeProvider _time;

    /// <summary>Creates the store.</summary>
    public SqlOrderStore(BusinessDatabase database, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(time);
        _database = database;
        _time = time;
    }

    /// <summary>
    /// Registers products and their starting stock. Products already known keep their current stock (orders have
    /// consumed it), so restarting the bot or reloading the catalog never refills shelves by accident.
    /// </summary>
    public async Task EnsureProductsAsync(IEnumerable<(string Sku, int InitialStock)> products, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(products);
        await using var lease = await _database.BorrowAsync(cancellationToken);
        var connection = lease.Connection;
        await using var transaction = await _database.BeginWriteAsync(connection, cancellationToken);
        var now = SqlCommands.ToText(_time.GetUtcNow());
        foreach (var (sku, stock) in products)
        {
            await using var insert = SqlCommands.Create(connection, transaction,
                "INSERT INTO products (sku, stock, updated_utc) VALUES (@sku, @stock, @now) ON CONFLICT (sku) DO NOTHING;",
                ("@sku", sku), ("@stock", Math.Max(0, stock)), ("@now", now));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<PlaceOrderResult> PlaceOrderAsync(OrderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Lines.Count == 0 || request.Lines.Any(l => l.Quantity <= 0))
        {
            throw new ArgumentException("An order needs at least one line, each with a positive quantity.", nameof(request));
        }

        var placedAt = _time.GetUtcNow();
        await using var lease = await _database.BorrowAsync(cancellationToken);
        var connection = lease.Connection;
        await using var transaction = await _database.BeginWriteAsync(connection, cancellationToken);
        if (request.OperationId is not null
            && await NumberByOperationAsync(connection, transaction, request.OperationId, request.CustomerKey, cancellationToken) is { } done)
        {
            await transaction.RollbackAsync(cancellationToken);
            var order = await FindOrderAsync(done, request.CustomerKey, cancellationToken)
                ?? throw new InvalidOperationException($"Order {done} vanished while it was being read.");
            return new PlaceOrderResult.AlreadyPlaced(order);
        }

        foreach (var line in request.Lines.GroupBy(l => l.Sku).Select(g => (Sku: g.Key, Quantity: g.Sum(l => l.Quantity))))
        {
            await using var take = SqlCommands.Create(connection, transaction,
                "UPDATE products SET stock = stock - @quantity, updated_utc = @now WHERE sku = @sku AND stock >= @quantity;",
                ("@quantity", line.Quantity), ("@sku", line.Sku), ("@now", SqlCommands.ToText(placedAt)));
            if (await take.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                var available = await StockAsync(connection, transaction, line.Sku, cancellationToken);
                await transaction.RollbackAsync(cancellationToken);
                return new PlaceOrderResult.OutOfStock(line.Sku, available);
            }
        }

        await using var insert = SqlCommands.Create(connection, transaction, """
            INSERT INTO orders (customer_key, language, status, delivery_json, email, payment, delivery_cents, placed_utc, operation_id)
            VALUES (@customer, @language, @status, @delivery, @email, @payment, @fee, @placed, @operation)
            RETURNING number;
            """,
            ("@customer", request.CustomerKey), ("@language", request.Language), ("@status", OrderStatus.Placed.ToString()),
            ("@delivery", JsonConvert.SerializeObject(request.Delivery)), ("@email", request.Email), ("@payment", request.Payment.ToString()),
            ("@fee", Money.ToCents(request.DeliveryFee)), ("@placed", SqlCommands.ToText(placedAt)), ("@operation", request.OperationId));
        var number = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        for (var i = 0; i < request.Lines.Count; i++)
        {
            var line = request.Lines[i];
            await using var insertLine = SqlCommands.Create(connection, transaction, """
                INSERT INTO order_lines (order_number, line, sku, name, unit_price_cents, quantity)
                VALUES (@number, @line, @sku, @name, @price, @quantity);
                """,
                ("@number", number), ("@line", i + 1), ("@sku", line.Sku), ("@name", line.Name), ("@price", Money.ToCents(line.UnitPrice)), ("@quantity", line.Quantity));
            await insertLine.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        var placed = new Order(number, request.CustomerKey, OrderStatus.Placed, request.Lines, request.Delivery, request.Email, request.DeliveryFee, request.Payment, placedAt);
        return new PlaceOrderResult.Placed(placed);
    }

    /// <inheritdoc />
    public async Task<Order?> FindOrderAsync(long number, string customerKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(customerKey);
        var orders = await ReadOrdersAsync($"WHERE number = @number AND {OfTheCustomer}", 1, cancellationToken, ("@number", number), ("@customer", customerKey));
        return orders.Count == 0 ? null : orders[0];
    }

    /// <inheritdoc />
    public async Task<Order?> SetStatusAsync(long number, OrderStatus status, CancellationToken cancellationToken = default)
    {
        await using (var lease = await _database.BorrowAsync(cancellationToken))
        {
            var connection = lease.Connection;
            await using var transaction = await _database.BeginWriteAsync(connection, cancellationToken);
            await using var update = SqlCommands.Create(connection, transaction, "UPDATE orders SET status = @status WHERE number = @number;", ("@status", status.ToString()), ("@number", number));
            var changed = await update.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            if (changed == 0)
            {
                return null;
            }
        }

        var orders = await ReadOrdersAsync("WHERE number = @number", 1, cancellationToken, ("@number", number));
        return orders.Count == 0 ? null : orders[0];
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Order>> ListOrdersAsync(string customerKey, int limit = 10, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(customerKey);
        return ReadOrdersAsync($"WHERE {OfTheCustomer}", limit, cancellationToken, ("@customer", customerKey));
    }

    /// <inheritdoc />
    public async Task<int> GetStockAsync(string sku, CancellationToken cancellationToken = default)
    {
        await using var lease = await _database.BorrowAsync(cancellationToken);
        var connection = lease.Connection;
        return await StockAsync(connection, null, sku, cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>Read and written in one write transaction: an order taking the last unit in between cannot make a restock look like one from zero, or the reverse.</remarks>
    public async Task<StockLevelChange?> SetStockAsync(string sku, int quantity, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sku);
        ArgumentOutOfRangeException.ThrowIfNegative(quantity);
        var now = _time.GetUtcNow();
        await using var lease = await _database.BorrowAsync(cancellationToken);
        var connection = lease.Connection;
        await using var transaction = await _database.BeginWriteAsync(connection, cancellationToken);
        await using var read = SqlCommands.Create(connection, transaction, "SELECT stock FROM products WHERE sku = @sku;", ("@sku", sku));
        if (await read.ExecuteScalarAsync(cancellationToken) is not { } value || value is DBNull)
        {
            await transaction.RollbackAsync(cancellationToken);
            return null;
        }

        await using var update = SqlCommands.Create(connection, transaction,
            "UPDATE products SET stock = @stock, updated_utc = @now WHERE sku = @sku;", ("@stock", quantity), ("@now", SqlCommands.ToText(now)), ("@sku", sku));
        await update.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new StockLevelChange(sku, Convert.ToInt32(value, CultureInfo.InvariantCulture), quantity, now);
    }

    /// <summary>The number of the order <paramref name="operationId"/> placed; another customer's id is a fault, not an order to show.</summary>
    private static async Task<long?> NumberByOperationAsync(DbConnection connection, DbTransaction transaction, string operationId, string customerKey, CancellationToken cancellationToken)
    {
        await using var command = SqlCommands.Create(connection, transaction,
            "SELECT number, customer_key FROM orders WHERE operation_id = @operation;", ("@operation", operationId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return reader.GetString(1) == customerKey
            ? SqlCommands.Int64(reader, 0)
            : throw new InvalidOperationException($"Operation {operationId} belongs to another customer: operation ids are made by the bot, one per confirmation question.");
    }

    private static async Task<int> StockAsync(DbConnection connection, DbTransaction? transaction, string sku, CancellationToken cancellationToken)
    {
        await using var command = SqlCommands.Create(connection, transaction, "SELECT stock FROM products WHERE sku = @sku;", ("@sku", sku));
        return await command.ExecuteScalarAsync(cancellationToken) is { } value and not DBNull ? Convert.ToInt32(value, CultureInfo.InvariantCulture) : 0;
    }

    private async Task<IReadOnlyList<Order>> ReadOrdersAsync(string where, int limit, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var lease = await _database.BorrowAsync(cancellationToken);
        var connection = lease.Connection;
        await using var command = SqlCommands.Create(connection, null,
            $"SELECT number, customer_key, status, delivery_json, email, payment, delivery_cents, placed_utc FROM orders {where} ORDER BY number DESC LIMIT @limit;",
            [.. parameters, ("@limit", limit)]);
        var headers = new List<(long Number, string Customer, string Status, string Delivery, string Email, string Payment, long Fee, string Placed)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                headers.Add((SqlCommands.Int64(reader, 0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5), SqlCommands.Int64(reader, 6), reader.GetString(7)));
            }
        }

        var orders = new List<Order>(headers.Count);
        foreach (var h in headers)
        {
            var lines = await ReadLinesAsync(connection, h.Number, cancellationToken);
            orders.Add(new Order(
                h.Number, h.Customer, Enum.Parse<OrderStatus>(h.Status), lines, JsonConvert.DeserializeObject<Delivery>(h.Delivery)!, h.Email,
                Money.ToEuros(h.Fee), Enum.Parse<PaymentMethod>(h.Payment), SqlCommands.FromText(h.Placed)));
        }

        return orders;
    }

    private static async Task<IReadOnlyList<OrderLine>> ReadLinesAsync(DbConnection connection, long number, CancellationToken cancellationToken)
    {
        await using var command = SqlCommands.Create(connection, null,
            "SELECT sku, name, unit_price_cents, quantity FROM order_lines WHERE order_number = @number ORDER BY line;", ("@number", number));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var lines = new List<OrderLine>();
        while (await reader.ReadAsync(cancellationToken))
        {
            lines.Add(new OrderLine(reader.GetString(0), reader.GetString(1), Money.ToEuros(SqlCommands.Int64(reader, 2)), SqlCommands.Int32(reader, 3)));
        }

        return lines;
    }
}
