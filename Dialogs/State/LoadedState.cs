using System.Globalization;
using Newtonsoft.Json;

namespace Majordome.Dialogs.State;

/// <summary>
/// One scope's state during one turn: each property kept as the JSON text it was stored as until it is first
/// asked for, then typed straight from that text once and kept typed (so every reader of the turn gets the same
/// object); and the document's text as read, to save only what changed.
/// </summary>
internal sealed class LoadedState
{
    private readonly Dictionary<string, Slot> _slots = new(StringComparer.Ordinal);
    private string _storedJson;

    /// <param name="key">The storage key.</param>
    /// <param name="storedJson">The stored document's text (with its "eTag"), or null when the key holds nothing yet.</param>
    /// <param name="mustSave">True to write at the next save even if nothing changed (a cleared state).</param>
    /// <exception cref="JsonReaderException">The stored text is not a JSON object.</exception>
    internal LoadedState(string key, string? storedJson, bool mustSave = false)
    {
        Key = key;
        MustSave = mustSave;
        if (storedJson is not null)
        {
            ReadProperties(storedJson);
        }

        // The baseline: the document without its ETag, written the way a save writes it.
        _storedJson = Serialize();
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
            slot.Value = Deserialize<T>(slot.Json!);
            slot.IsTyped = true;
        }

        value = slot.Value switch
        {
            T typed => typed,
            null => default,

            // Read earlier in the turn as another type: convert through JSON, as Bot Framework's BotState does.
            var other => Deserialize<T>(ToJson(other)),
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

        // Compared as text: Newtonsoft writes the same value the same way, so an untouched state reads back equal.
        return MustSave || !string.Equals(json, _storedJson, StringComparison.Ordinal) ? json : null;
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

    private static T? Deserialize<T>(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None, MaxDepth = null };
        return StateJson.Serializer.Deserialize<T>(reader);
    }

    private static string ToJson(object value)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        StateJson.Serializer.Serialize(text, value);
        return text.ToString();
    }

    // Deep enough for any dialog stack (nested component dialogs nest their states); Newtonsoft's side has no limit.
    private static readonly System.Text.Json.JsonDocumentOptions SlicingOptions = new() { MaxDepth = 4096 };

    // One pass over the document: the ETag is kept aside, each property's value kept as its text.
    private void ReadProperties(string storedJson)
    {
        if (!TrySliceProperties(storedJson))
        {
            CopyProperties(storedJson);
        }
    }

    // Each property's value as the very text stored, sliced by System.Text.Json's reader, which finds where values
    // start and end without writing them out again token by token as Newtonsoft's copy does (that copy was about a
    // twelfth of a booking turn). False, with nothing kept, for a document it does not read (then CopyProperties
    // reads it, or reports what is wrong with it).
    private bool TrySliceProperties(string storedJson)
    {
        System.Text.Json.JsonDocument document;
        try
        {
            document = System.Text.Json.JsonDocument.Parse(storedJson, SlicingOptions);
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }

        using (document)
        {
            if (document.RootElement.ValueKind != System.Text.Json.JsonValueKind.Object)
            {
                return false;
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Name == StateJson.ETagProperty)
                {
                    ETag = property.Value.ValueKind == System.Text.Json.JsonValueKind.String ? property.Value.GetString() : null;
                    continue;
                }

                // Kept as stored when Newtonsoft would write it the same way, so an untouched property that is typed
                // and written again still equals what was read; otherwise (indented, \u escapes: another writer, or
                // PostgreSQL's jsonb) rewritten once as Newtonsoft writes it.
                var text = property.Value.GetRawText();
                _slots[property.Name] = new Slot(IsWrittenAsNewtonsoftWrites(text) ? text : Rewrite(text));
            }
        }

        return true;
    }

    // No whitespace outside strings and no \u escape: the compact form Newtonsoft writes (it escapes only quotes,
    // backslashes and control characters, with short escapes where they exist).
    private static bool IsWrittenAsNewtonsoftWrites(string json)
    {
        var inString = false;
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            if (inString)
            {
                if (c == '\\')
                {
                    if (i + 1 < json.Length && json[i + 1] == 'u')
                    {
                        return false;
                    }

                    i++;
                }
                else if (c == '"')
                {
                    inString = false;
                }
            }
            else if (c == '"')
            {
                inString = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string Rewrite(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None, MaxDepth = null };
        reader.Read();
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var writer = new JsonTextWriter(text) { Formatting = Formatting.None })
        {
            writer.WriteToken(reader, writeChildren: true);
        }

        return text.ToString();
    }

    private void CopyProperties(string storedJson)
    {
        using var reader = new JsonTextReader(new StringReader(storedJson)) { DateParseHandling = DateParseHandling.None, MaxDepth = null };
        if (!reader.Read() || reader.TokenType != JsonToken.StartObject)
        {
            throw new JsonReaderException($"The state stored under '{Key}' is not a JSON object.");
        }

        while (reader.Read() && reader.TokenType == JsonToken.PropertyName)
        {
            var name = (string)reader.Value!;
            reader.Read();
            if (name == StateJson.ETagProperty)
            {
                ETag = reader.Value as string;
                continue;
            }

            using var text = new StringWriter(CultureInfo.InvariantCulture);
            using (var writer = new JsonTextWriter(text) { Formatting = Formatting.None })
            {
                writer.WriteToken(reader, writeChildren: true);
            }

            _slots[name] = new Slot(text.ToString());
        }
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
                    writer.WriteRawValue(slot.Json);
                }
            }

            writer.WriteEndObject();
        }

        return text.ToString();
    }

    private sealed class Slot(string? json)
    {
        public string? Json { get; } = json;

        public object? Value { get; set; }

        public bool IsTyped { get; set; }
    }
}
