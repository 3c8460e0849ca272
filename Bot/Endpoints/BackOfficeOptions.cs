using System.ComponentModel.DataAnnotations;

namespace Majordome.Bot.Endpoints;

/// <summary>The brand's back office, which tells the bot about its orders (section <c>BackOffice</c>).</summary>
public sealed class BackOfficeOptions : IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "BackOffice";

    /// <summary>The shortest key accepted: a guessable key would let anyone tell customers their order shipped.</summary>
    public const int MinKeyLength = 32;

    /// <summary>
    /// The bearer key the back office sends (<c>Authorization: Bearer &lt;key&gt;</c>); 32 characters or more, set only in
    /// the environment (<c>BackOffice__ApiKey</c>). Empty: the back-office endpoints answer 401 to everyone.
    /// </summary>
    public string ApiKey { get; set; } = string.Empty;

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ApiKey.Length is > 0 and < MinKeyLength)
        {
            yield return new ValidationResult($"BackOffice:ApiKey must be empty (back office off) or at least {MinKeyLength} characters.", [nameof(ApiKey)]);
        }
    }
}
