using Newtonsoft.Json;

namespace Majordome.Dialogs.State;

/// <summary>
/// A stored state document that cannot be read: not a JSON object, cut short, or with text after its end. It names
/// the document, so that the turn's error handler can remove it and the customer's next message starts afresh instead
/// of failing on it again and again.
/// </summary>
public sealed class UnreadableStateException : JsonReaderException
{
    /// <summary>Creates the exception for the document stored under <paramref name="key"/>.</summary>
    public UnreadableStateException(string key, string message, Exception? innerException = null)
        : base(message, innerException!)
    {
        Key = key;
    }

    /// <summary>The storage key of the document.</summary>
    public string Key { get; }
}
