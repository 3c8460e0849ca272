namespace Majordome.Bot.Endpoints;

/// <summary>What <see cref="ActivityRequestValidator"/> found in a request body.</summary>
/// <param name="Problem">Why the body is not a usable activity, or null when it is.</param>
/// <param name="ServiceUrl">Where replies would be POSTed (null when there is a problem).</param>
/// <param name="ExpectsReplies">Whether the replies go back in the HTTP response (<c>deliveryMode: expectReplies</c>).</param>
public sealed record ActivityRequestCheck(string? Problem, Uri? ServiceUrl, bool ExpectsReplies)
{
    /// <summary>A body that is not a usable activity.</summary>
    public static ActivityRequestCheck Invalid(string problem) => new(problem, null, false);
}
