using Newtonsoft.Json.Linq;

namespace Majordome.Cards.Templating.Expressions;

/// <summary>Walks a template once, binding strings, applying <c>$data</c> and <c>$when</c>, and building the result.</summary>
internal sealed class TemplateWalker(BindingSession session)
{
    private const string DataKey = "$data";
    private const string WhenKey = "$when";

    /// <summary>Binds the template root; a root dropped by <c>$when</c> becomes JSON null.</summary>
    public JToken BindRoot(JToken template, Scope scope) => template is JObject o
        ? AsPropertyValue(ExpandObject(o, scope)) ?? JValue.CreateNull()
        : BindValue(template, scope);

    /// <summary>Parses every expression without binding, so a malformed one is found even in an element $when would hide.</summary>
    public void ParseAll(JToken template)
    {
        var tokens = template is JContainer container ? container.DescendantsAndSelf() : [template];
        foreach (var value in tokens.OfType<JValue>().Where(v => v.Type == JTokenType.String))
        {
            Parse(value);
        }
    }

    private JToken BindValue(JToken token, Scope scope) => token switch
    {
        JValue { Type: JTokenType.String } s => Parse(s) is { HasExpressions: true } text ? text.Evaluate(scope, At(s)) : s.DeepClone(),
        JArray array => new JArray(array.SelectMany(item => item is JObject o ? ExpandObject(o, scope).Items : [BindValue(item, scope)])),
        JObject o => AsPropertyValue(ExpandObject(o, scope)) ?? new JObject(),
        _ => token.DeepClone(),
    };

    private static JToken? AsPropertyValue(Expansion expansion) => expansion switch
    {
        { Repeated: true } => new JArray(expansion.Items),
        { Items.Count: 0 } => null,
        _ => expansion.Items[0],
    };

    private Expansion ExpandObject(JObject template, Scope scope)
    {
        if (template[DataKey] is not { } dataToken)
        {
            return new Expansion(BindObject(template, scope) is { } single ? [single] : [], Repeated: false);
        }

        var data = EvaluateRaw(dataToken, scope);
        if (data is JArray items)
        {
            var bound = items.Select((item, i) => BindObject(template, scope with { Data = item, Index = i }));
            return new Expansion(bound.OfType<JToken>().ToList(), Repeated: true);
        }

        // $data bound to nothing: there is nothing to show, so the element goes (strict mode reports the path).
        if (Values.IsNothing(data))
        {
            return new Expansion([], Repeated: false);
        }

        return new Expansion(BindObject(template, scope with { Data = data }) is { } one ? [one] : [], Repeated: false);
    }

    private JObject? BindObject(JObject template, Scope scope)
    {
        if (template[WhenKey] is { } when && !Values.IsTrue(EvaluateRaw(when, scope)))
        {
            return null;
        }

        var result = new JObject();
        foreach (var property in template.Properties())
        {
            if (property.Name is DataKey or WhenKey)
            {
                continue;
            }

            if (BindPropertyValue(property.Value, scope) is { } value)
            {
                result.Add(property.Name, value);
            }
        }

        return result;
    }

    private JToken? BindPropertyValue(JToken value, Scope scope) =>
        value is JObject o ? AsPropertyValue(ExpandObject(o, scope)) : BindValue(value, scope);

    /// <summary>Evaluates a $data or $when value, keeping "missing" distinct from "".</summary>
    private JToken? EvaluateRaw(JToken token, Scope scope) => token switch
    {
        JValue { Type: JTokenType.String } s when Parse(s) is { HasExpressions: true } text => text.EvaluateRaw(scope, At(s)),
        JObject or JArray => BindValue(token, scope),
        _ => token,
    };

    private InterpolatedString Parse(JValue value)
    {
        try
        {
            return InterpolatedString.Parse(value.Value<string>()!);
        }
        catch (ExpressionSyntaxException e)
        {
            throw At(value).Error(e.Message);
        }
    }

    private BindingSession At(JToken token)
    {
        session.CurrentPath = JsonPaths.Of(token);
        return session;
    }
}
