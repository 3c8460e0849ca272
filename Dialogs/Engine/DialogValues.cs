using Newtonsoft.Json.Linq;

namespace Majordome.Dialogs.Engine;

/// <summary>
/// The values a waterfall collects (Bot Framework's <c>stepContext.Values</c>), kept as plain JSON in
/// dialog state. Read them typed with <see cref="Get{T}"/>: the same call works in the turn that wrote
/// the value and after a restart.
/// </summary>
public sealed class DialogValues
{
    private readonly JObject _values;

    /// <summary>Wraps the JSON object where the values live (it is updated in place).</summary>
    public DialogValues(JObject values)
    {
        ArgumentNullException.ThrowIfNull(values);
        _values = values;
    }

    /// <summary>The names of the values that are set.</summary>
    public IEnumerable<string> Keys => _values.Properties().Select(p => p.Name);

    /// <summary>Reads a value converted to <typeparamref name="T"/>, or default when it is not set.</summary>
    public T? Get<T>(string name) => JsonValue.To<T>(_values[name]);

    /// <summary>Sets a value (stored as JSON); setting null removes it.</summary>
    public void Set(string name, object? value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var token = JsonValue.From(value);
        if (token is null)
        {
            _values.Remove(name);
        }
        else
        {
            _values[name] = token;
        }
    }

    /// <summary>True when a value with this name is set.</summary>
    public bool ContainsKey(string name) => _values.ContainsKey(name);

    /// <summary>Removes a value.</summary>
    public bool Remove(string name) => _values.Remove(name);
}
