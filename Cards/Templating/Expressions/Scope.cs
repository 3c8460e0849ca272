using Newtonsoft.Json.Linq;

namespace Majordome.Cards.Templating.Expressions;

/// <summary>What bare paths resolve against: the current <c>$data</c>, the <c>$root</c> data and the <c>$index</c>.</summary>
/// <param name="Data">The current data (changed by <c>$data</c>); null when there is none.</param>
/// <param name="Root">The data given to the binder.</param>
/// <param name="Index">The position in the array being repeated, or null outside a repetition.</param>
internal sealed record Scope(JToken? Data, JToken Root, int? Index);
