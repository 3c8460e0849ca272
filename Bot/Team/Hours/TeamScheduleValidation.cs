using Majordome.Bot.Content;
using Majordome.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace Majordome.Bot.Team.Hours;

/// <summary>Reads brand/team.yaml when the brand content is validated at start-up, so a mistake stops the start naming its line.</summary>
internal sealed class TeamScheduleValidation : IValidateOptions<BrandContentOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, BrandContentOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.ContentDirectory) || !Directory.Exists(options.ContentDirectory))
        {
            return ValidateOptionsResult.Skip;
        }

        try
        {
            TeamScheduleReader.Load(options.ContentDirectory);
            return ValidateOptionsResult.Success;
        }
        catch (BrandContentException exception)
        {
            return ValidateOptionsResult.Fail(exception.Message);
        }
    }
}
