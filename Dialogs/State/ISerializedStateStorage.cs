namespace Majordome.Dialogs.State;

/// <summary>
/// Marks a storage that writes a <see cref="SerializedState"/> as the JSON document it carries. The state store
/// hands such storages its documents as text; any other storage gets them as JSON objects.
/// </summary>
public interface ISerializedStateStorage
{
}
