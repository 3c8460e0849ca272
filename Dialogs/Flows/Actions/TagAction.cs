using System.Text.RegularExpressions;
using Majordome.Dialogs.Profile;

namespace Majordome.Dialogs.Flows.Actions;

/// <summary>
/// <c>tag</c>: adds a tag to the customer's profile (user state), such as "launch-2026" or "coffee-lover", so
/// later flows and the team can tell who is who. Argument: <c>tag</c>, a short word in lower case (letters,
/// digits, dashes; upper case is lowered). Adding a tag the customer already has changes nothing.
/// Output: <c>tags</c>, how many tags the customer now has.
/// </summary>
public sealed partial class TagAction : IFlowAction
{
    /// <summary>The action's name in flow files.</summary>
    public const string ActionName = "tag";

    /// <summary>The most tags one customer keeps, so a loop in a flow cannot grow a profile without end.</summary>
    public const int MaxTags = 50;

    private readonly UserProfileAccessor _profiles;

    /// <summary>Creates the action.</summary>
    public TagAction(UserProfileAccessor profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        _profiles = profiles;
    }

    /// <summary>The required arguments.</summary>
    public static IReadOnlyList<string> Required { get; } = ["tag"];

    /// <summary>The optional arguments.</summary>
    public static IReadOnlyList<string> Optional { get; } = [];

    /// <inheritdoc />
    public string Name => ActionName;

    /// <inheritdoc />
    public IReadOnlyList<string>? OptionalArguments => Optional;

    /// <inheritdoc />
    public IReadOnlyList<string> RequiredArguments => Required;

    /// <summary>Whether <paramref name="tag"/> (already in lower case) is a valid tag.</summary>
    public static bool IsValid(string tag) => TagPattern().IsMatch(tag);

    /// <inheritdoc />
    public async Task<FlowActionResult> ExecuteAsync(FlowActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var tag = context.Text("tag")?.ToLowerInvariant();
        if (tag is null || !IsValid(tag))
        {
            return FlowActionResult.Failed("a tag is one short word: lower-case letters, digits and dashes, at most 32 characters");
        }

        var profile = await _profiles.GetAsync(context.TurnContext, cancellationToken).ConfigureAwait(false);
        if (!profile.Tags.Contains(tag, StringComparer.Ordinal))
        {
            if (profile.Tags.Count >= MaxTags)
            {
                return FlowActionResult.Failed($"the customer already has {MaxTags} tags");
            }

            profile.Tags.Add(tag);
            await _profiles.SetAsync(context.TurnContext, profile, cancellationToken).ConfigureAwait(false);
        }

        return FlowActionResult.Ok(new Dictionary<string, object?>(StringComparer.Ordinal) { ["tags"] = (decimal)profile.Tags.Count });
    }

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,30}[a-z0-9])?$")]
    private static partial Regex TagPattern();
}
