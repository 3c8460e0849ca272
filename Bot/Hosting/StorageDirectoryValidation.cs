using Microsoft.Extensions.Options;

namespace Majordome.Bot.Hosting;

/// <summary>
/// Checks at start-up that the SQLite file can be created and opened in <see cref="StorageOptions.DataDirectory"/>
/// (orders and bookings use it whatever the state provider, unless PostgreSQL is chosen), so a folder that cannot
/// be made or written stops the bot at once with its name and the setting to change, instead of failing the first
/// customer's turn.
/// </summary>
public sealed class StorageDirectoryValidation : IValidateOptions<StorageOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.UsesPostgres || string.IsNullOrWhiteSpace(options.DataDirectory) || string.IsNullOrWhiteSpace(options.FileName))
        {
            // PostgreSQL has no folder; empty values are reported by the [Required] rules.
            return ValidateOptionsResult.Skip;
        }

        var directory = Path.GetFullPath(options.DataDirectory);
        try
        {
            Directory.CreateDirectory(directory);

            // Opening (or creating, empty: SQLite takes an empty file as an empty database) proves the file is usable.
            using var file = File.Open(Path.Combine(directory, options.FileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
            return ValidateOptionsResult.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return ValidateOptionsResult.Fail(
                $"Storage:DataDirectory \"{directory}\" cannot be used for the database file {options.FileName}: {e.Message} " +
                "Set Storage:DataDirectory (environment variable Storage__DataDirectory) to a folder the bot can create and write.");
        }
    }
}
