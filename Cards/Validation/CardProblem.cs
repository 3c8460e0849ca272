namespace Majordome.Cards.Validation;

/// <summary>One way a rendered card breaks a channel's limits.</summary>
/// <param name="Path">The JSON path of the offending value, for example "$.actions[6]".</param>
/// <param name="Rule">The rule broken.</param>
/// <param name="Message">What is wrong and the limit, for a person.</param>
public sealed record CardProblem(string Path, CardRule Rule, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Message}";
}
