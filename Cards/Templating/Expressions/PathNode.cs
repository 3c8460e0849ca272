using Newtonsoft.Json.Linq;

namespace Majordome.Cards.Templating.Expressions;

/// <summary>
/// A data path such as <c>items[0].name</c>, <c>$root.labels.title</c> or <c>$index</c>. It is one node (rather than
/// nested member nodes) so that a missing value is reported once, with the whole path as written.
/// </summary>
internal sealed class PathNode(string root, IReadOnlyList<PathSegment> segments, string text) : Node
{
    public override JToken? Evaluate(Scope scope, BindingSession session)
    {
        var value = root switch
        {
            "$root" => scope.Root,
            "$data" => scope.Data,
            "$index" => scope.Index is { } i ? new JValue(i) : null,
            _ => Member(scope.Data, root),
        };

        foreach (var segment in segments)
        {
            if (value is null)
            {
                break;
            }

            value = segment switch
            {
                MemberSegment m => Member(value, m.Name),
                IndexSegment ix => Index(value, ix.Index.Evaluate(scope, session)),
                _ => null,
            };
        }

        if (value is null)
        {
            session.ReportMissing(text);
        }

        return value;
    }

    private static JToken? Member(JToken? target, string name) => target is JObject o ? o[name] : null;

    private static JToken? Index(JToken target, JToken? index)
    {
        if (target is JArray array && index is JValue { Type: JTokenType.Integer } v)
        {
            var i = v.Value<long>();
            return i >= 0 && i < array.Count ? array[(int)i] : null;
        }

        return target is JObject o && index is JValue { Type: JTokenType.String } key ? o[key.Value<string>()!] : null;
    }
}
