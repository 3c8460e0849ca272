using System.Text.RegularExpressions;
using Majordome.Dialogs.Flows.Experiments;
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
    private readonly IFlowExperimentLog _experiments;
    private readonly TimeProvider _time;

    /// <summary>Creates the action.</summary>
    /// <param name="profiles">Where the tags are kept.</param>
    /// <param name="experiments">Where a tag given is kept as an event an experiment may count as a conversion; none when null.</param>
    /// <param name="time">The clock that dates that event.</param>
    public TagAction(UserProfileAccessor profiles, IFlowExperimentLog? experiments = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        _profiles = profiles;
        _experiments = experiments ?? NoFlowExperimentLog.Instance;
        _time = time ?? TimeProvider.System;
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

        // Every time, not only the first: a tag given again after an assignment still converts it.
        try
        {
            await _experiments.RecordEventAsync(ExperimentIdentity.Of(context.TurnContext), ExperimentEvents.Tag(tag), _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The tag is given: a conversion the reports miss is not worth failing the customer's step.
        }

        return FlowActionResult.Ok(new Dictionary<string, object?>(StringComparer.Ordinal) { ["tags"] = (decimal)profile.Tags.Count });
    }

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,30}[a-z0-9])?$")]
    private static partial Regex TagPattern();
}
