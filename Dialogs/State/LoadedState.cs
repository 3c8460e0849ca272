using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Majordome.Dialogs.State;

/// <summary>
/// One scope's state during one turn: the properties as read from storage, each typed the first time it is asked
/// for and kept typed (so every reader of the turn gets the same object), and the text it was read as, to save
/// only what changed.
/// </summary>
internal sealed class LoadedState
{
    private readonly Dictionary<string, Slot> _slots = new(StringComparer.Ordinal);
    private string _storedJson;

    /// <param name="key">The storage key.</param>
    /// <param name="stored">The document read, or null when the key holds nothing yet.</param>
    /// <param name="mustSave">True to write at the next save even if nothing changed (a cleared state).</param>
    internal LoadedState(string key, JObject? stored, bool mustSave = false)
    {
        Key = key;
        MustSave = mustSave;
        if (stored is null)
        {
            _storedJson = "{}";
            return;
        }

        ETag = stored.Value<string>(StateJson.ETagProperty);
        stored.Remove(StateJson.ETagProperty);

        // The baseline is taken now, before any reader can change a value the document shares with it.
        _storedJson = stored.ToString(Formatting.None);
        foreach (var property in stored.Properties())
        {
            _slots[property.Name] = new Slot(property.Value);
        }
    }

    /// <summary>The storage key this state is saved under.</summary>
    internal string Key { get; }

    /// <summary>The ETag it was read or last saved with; null for a new document.</summary>
    internal string? ETag { get; set; }

    /// <summary>True when the next save must write even an unchanged document.</summary>
    internal bool MustSave { get; private set; }

    /// <summary>Gets the property as <typeparamref name="T"/>, typing the stored JSON on first use.</summary>
    internal bool TryGet<T>(string name, out T? value)
    {
        if (!_slots.TryGetValue(name, out var slot))
        {
            value = default;
            return false;
        }

        if (!slot.IsTyped)
        {
            slot.Value = slot.Stored is null || slot.Stored.Type == JTokenType.Null ? null : slot.Stored.ToObject<T>(StateJson.Serializer);
            slot.IsTyped = true;
        }

        value = slot.Value switch
        {
            T typed => typed,
            null => default,

            // Read earlier in the turn as another type: convert through JSON, as Bot Framework's BotState does.
            var other => JToken.FromObject(other, StateJson.Serializer).ToObject<T>(StateJson.Serializer),
        };
        return true;
    }

    /// <summary>Sets the property; it is written at the next save.</summary>
    internal void Set(string name, object? value) => _slots[name] = new Slot(null) { Value = value, IsTyped = true };

    /// <summary>Removes the property.</summary>
    internal void Remove(string name) => _slots.Remove(name);

    /// <summary>The document as it is now, or null when it equals what was read (nothing to save).</summary>
    internal string? SerializeChanges()
    {
        var json = Serialize();
        if (MustSave)
        {
            return json;
        }

        // Compared as text: Newtonsoft writes the same value the same way, so an untouched state reads back equal.
        return string.Equals(json, _storedJson, StringComparison.Ordinal) ? null : json;
    }

    /// <summary>The document as it is now, changed or not.</summary>
    internal string SerializeAll() => Serialize();

    /// <summary>Records a successful save: the saved text is the new baseline, with its new ETag.</summary>
    internal void Saved(string json, string? eTag)
    {
        _storedJson = json;
        ETag = eTag;
        MustSave = false;
    }

    private string Serialize()
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var writer = new JsonTextWriter(text) { Formatting = Formatting.None })
        {
            writer.WriteStartObject();
            foreach (var (name, slot) in _slots)
            {
                writer.WritePropertyName(name);
                if (slot.IsTyped)
                {
                    StateJson.Serializer.Serialize(writer, slot.Value);
                }
                else
                {
                    slot.Stored!.WriteTo(writer);
                }
            }

            writer.WriteEndObject();
        }

        return text.ToString();
    }

    private sealed class Slot(JToken? stored)
    {
        public JToken? Stored { get; } = stored;

        public object? Value { get; set; }

        public bool IsTyped { get; set; }
    }
}
