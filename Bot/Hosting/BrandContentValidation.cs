using Majordome.Bot.Content;
using Microsoft.Extensions.Options;

namespace Majordome.Bot.Hosting;

/// <summary>
/// Loads the brand content as part of validating <see cref="BrandContentOptions"/>, so that with ValidateOnStart
/// the host refuses to start on broken content, listing every problem, instead of failing on a customer's message.
/// </summary>
internal sealed class BrandContentValidation(BrandContentCache cache) : IValidateOptions<BrandContentOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, BrandContentOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.ContentDirectory))
        {
            // The data annotation already says what is missing.
            return ValidateOptionsResult.Skip;
        }

        try
        {
            cache.Get(options.ContentDirectory);
            return ValidateOptionsResult.Success;
        }
        catch (BrandContentException e)
        {
            return ValidateOptionsResult.Fail(e.Problems.Select(p => p.ToString()));
        }
    }
}
