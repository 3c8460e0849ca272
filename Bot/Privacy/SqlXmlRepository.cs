using System.Xml.Linq;
using Majordome.Bot.Data;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Majordome.Bot.Privacy;

/// <summary>
/// The ASP.NET Core Data Protection key ring in the business database (<c>data_protection_keys</c>), so every
/// instance signs and reads the console's cookies and anti-forgery tokens with the same keys: a session begun on
/// one instance is valid on the next, with no sticky sessions. The key ring holds secrets: whoever can read the
/// database can forge console sessions, as whoever can read it can read the customers' data.
/// </summary>
public sealed class SqlXmlRepository : IXmlRepository
{
    private readonly BusinessDatabase _database;
    private readonly TimeProvider _time;

    /// <summary>Creates the repository.</summary>
    public SqlXmlRepository(BusinessDatabase database, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(time);
        _database = database;
        _time = time;
    }

    /// <inheritdoc />
    /// <remarks>Data Protection asks synchronously, rarely (it caches the ring for hours): blocking here is its contract.</remarks>
    public IReadOnlyCollection<XElement> GetAllElements() => ReadAllAsync().GetAwaiter().GetResult();

    /// <inheritdoc />
    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        StoreAsync(element, string.IsNullOrWhiteSpace(friendlyName) ? $"key-{Guid.NewGuid():D}" : friendlyName).GetAwaiter().GetResult();
    }

    private async Task<IReadOnlyCollection<XElement>> ReadAllAsync()
    {
        await using var connection = await _database.OpenAsync(CancellationToken.None).ConfigureAwait(false);
        await using var command = SqlCommands.Create(connection, null, "SELECT xml FROM data_protection_keys ORDER BY created_utc, name;");
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        var elements = new List<XElement>();
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            elements.Add(XElement.Parse(reader.GetString(0)));
        }

        return elements;
    }

    private async Task StoreAsync(XElement element, string name)
    {
        await using var connection = await _database.OpenForWriteAsync(CancellationToken.None).ConfigureAwait(false);
        await using var command = SqlCommands.Create(connection, null, """
            INSERT INTO data_protection_keys (name, xml, created_utc) VALUES (@name, @xml, @now)
            ON CONFLICT (name) DO NOTHING;
            """,
            ("@name", name), ("@xml", element.ToString(SaveOptions.DisableFormatting)), ("@now", SqlCommands.ToText(_time.GetUtcNow())));
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }
}
