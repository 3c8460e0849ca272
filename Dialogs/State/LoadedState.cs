using System.Globalization;
using System.Text;
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

    // A property was added or removed since the document was read or last saved: the next save writes.
    private bool _propertiesChanged;

    // The document the last SerializeChanges or SerializeAll wrote, with each property's text in it, so that Saved
    // can make those texts the new baseline.
    private (string Json, (Slot Slot, string Text)[] Texts)? _written;

    /// <param name="key">The storage key.</param>
    /// <param name="storedJson">The stored document's text (with its "eTag"), or null when the key holds nothing yet.</param>
    /// <param name="mustSave">True to write at the next save even if nothing changed (a cleared state).</param>
    /// <exception cref="UnreadableStateException">The stored text is not a JSON object, is cut short or has text after its end.</exception>
    internal LoadedState(string key, string? storedJson, bool mustSave = false)
    {
        Key = key;
        MustSave = mustSave;
        if (storedJson is not null)
        {
            ReadProperties(storedJson);
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
    internal void Set(string name, object? value)
    {
        if (_slots.TryGetValue(name, out var slot))
        {
            // The text it was read or saved with stays the baseline it is compared with.
            slot.Value = value;
            slot.IsTyped = true;
            return;
        }

        _slots[name] = new Slot(null) { Value = value, IsTyped = true };
        _propertiesChanged = true;
    }

    /// <summary>Removes the property.</summary>
    internal void Remove(string name) => _propertiesChanged |= _slots.Remove(name);

    /// <summary>The document as it is now, or null when it equals what was read (nothing to save).</summary>
    internal string? SerializeChanges() => Serialize(onlyIfChanged: true);

    /// <summary>The document as it is now, changed or not.</summary>
    internal string SerializeAll() => Serialize(onlyIfChanged: false)!;

    /// <summary>Records a successful save: the saved text is the new baseline, with its new ETag.</summary>
    internal void Saved(string json, string? eTag)
    {
        if (_written is { } written && ReferenceEquals(written.Json, json))
        {
            foreach (var (slot, text) in written.Texts)
            {
                slot.Json = text;
            }

            _propertiesChanged = false;
        }
        else
        {
            // Saved from a text this state did not write last: no baseline is known, so the next save writes.
            _propertiesChanged = true;
        }

        _written = null;
        ETag = eTag;
        MustSave = false;
    }

    private static T? Deserialize<T>(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None, MaxDepth = null, ArrayPool = JsonCharPool.Instance };
        return StateJson.Serializer.Deserialize<T>(reader);
    }

    private static string ToJson(object? value)
    {
        var builder = JsonTextBuilder.Rent();
        try
        {
            using (var writer = new JsonTextWriter(new StringWriter(builder, CultureInfo.InvariantCulture)) { Formatting = Formatting.None, ArrayPool = JsonCharPool.Instance })
            {
                StateJson.Serializer.Serialize(writer, value);
            }

            return builder.ToString();
        }
        finally
        {
            JsonTextBuilder.Return(builder);
        }
    }

    // Deep enough for any dialog stack (nested component dialogs nest their states); Newtonsoft's side has no limit.
    private static readonly System.Text.Json.JsonDocumentOptions SlicingOptions = new() { MaxDepth = 4096 };

    // One pass over the document: the ETag is kept aside, each property's value kept as its text.
    private void ReadProperties(string storedJson)
    {
        if (TrySliceProperties(storedJson))
        {
            return;
        }

        try
        {
            CopyProperties(storedJson);
        }
        catch (JsonException exception) when (exception is not UnreadableStateException)
        {
            throw new UnreadableStateException(Key, $"The state stored under '{Key}' is not valid JSON: {exception.Message}", exception);
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
            throw new UnreadableStateException(Key, $"The state stored under '{Key}' is not a JSON object.");
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

        // Newtonsoft's reader stops quietly at the end of the text: a document cut short (a disk or a copy that lost
        // its end) would load as the properties that survived, a dialog stack half there among them.
        var ended = reader.TokenType == JsonToken.EndObject && reader.Depth == 0;
        if (!ended || HasMore(reader))
        {
            throw new UnreadableStateException(Key, $"The state stored under '{Key}' is cut short or has text after its end (line {reader.LineNumber}, position {reader.LinePosition}).");
        }
    }

    private static bool HasMore(JsonTextReader reader)
    {
        try
        {
            return reader.Read();
        }
        catch (JsonReaderException)
        {
            // "Additional text encountered after finished reading JSON content."
            return true;
        }
    }

    // Each property typed this turn is written on its own and compared with the text it was read or last saved with
    // (Newtonsoft writes the same value the same way, so an untouched property writes back equal); the document is put
    // together only when something differs. Writing the whole document at load as a baseline, then again at the save,
    // was a sixth of a booking turn's allocations.
    private string? Serialize(bool onlyIfChanged)
    {
        var texts = new (Slot Slot, string Text)[_slots.Count];
        var changed = MustSave || _propertiesChanged || !onlyIfChanged;
        var length = 2;
        var i = 0;
        foreach (var (name, slot) in _slots)
        {
            var text = slot.IsTyped ? ToJson(slot.Value) : slot.Json!;
            changed = changed || !string.Equals(text, slot.Json, StringComparison.Ordinal);
            texts[i++] = (slot, text);
            length += name.Length + text.Length + 4;
        }

        if (!changed)
        {
            return null;
        }

        var document = JsonTextBuilder.Rent();
        try
        {
            document.EnsureCapacity(length + 16);
            document.Append('{');
            i = 0;
            foreach (var name in _slots.Keys)
            {
                if (i > 0)
                {
                    document.Append(',');
                }

                AppendName(document, name);
                document.Append(':').Append(texts[i++].Text);
            }

            var json = document.Append('}').ToString();
            _written = (json, texts);
            return json;
        }
        finally
        {
            JsonTextBuilder.Return(document);
        }
    }

    // A property name as Newtonsoft writes it: quoted, escaped only when it holds a character that needs it.
    private static void AppendName(StringBuilder document, string name)
    {
        foreach (var c in name)
        {
            if (c < ' ' || c == '"' || c == '\\')
            {
                document.Append(JsonConvert.ToString(name));
                return;
            }
        }

        document.Append('"').Append(name).Append('"');
    }

    private sealed class Slot(string? json)
    {
        // The text the property was read or last saved with; null for a property added since.
        public string? Json { get; set; } = json;

        public object? Value { get; set; }

        public bool IsTyped { get; set; }
    }
}
