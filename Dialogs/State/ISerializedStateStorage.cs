namespace Majordome.Dialogs.State;

/// <summary>
/// A storage that exchanges state documents as JSON text: it writes a <see cref="SerializedState"/> as the
/// document it carries and reads documents back as their stored text, so the state store parses each property
/// once, straight into its type. Any other storage gets and gives JSON objects.
/// </summary>
public interface ISerializedStateStorage
{
    /// <summary>The stored text (with its "eTag" property) of the documents that exist among <paramref name="keys"/>, from one snapshot.</summary>
    /// <param name="keys">The keys to read.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<IReadOnlyDictionary<string, string>> ReadSerializedAsync(string[] keys, CancellationToken cancellationToken = default);
}
