using Microsoft.Extensions.Options;

namespace Majordome.Bot.WhatsApp;

/// <summary>Checks the WhatsApp section at start-up, naming the key to fix.</summary>
public sealed class WhatsAppOptionsValidation : IValidateOptions<WhatsAppOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, WhatsAppOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.AppSecret) && options.PhoneNumbers.Count == 0)
        {
            // Not configured: the channel is off.
            return ValidateOptionsResult.Success;
        }

        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(options.AppSecret))
        {
            problems.Add("WhatsApp:AppSecret is empty: set it from the environment (WhatsApp__AppSecret), App Dashboard → Settings → Basic.");
        }

        if (string.IsNullOrWhiteSpace(options.VerifyToken))
        {
            problems.Add("WhatsApp:VerifyToken is empty: choose a string and type the same one in the App Dashboard's WhatsApp webhook settings.");
        }

        if (options.TypingDelay < TimeSpan.Zero || options.TypingDelay > TimeSpan.FromSeconds(10))
        {
            problems.Add($"WhatsApp:TypingDelay must be between 00:00:00 and 00:00:10 (it is {options.TypingDelay}): how long a reply may take before the message is marked read with the typing indicator.");
        }

        for (var i = 0; i < options.PhoneNumbers.Count; i++)
        {
            var number = options.PhoneNumbers[i];
            if (string.IsNullOrWhiteSpace(number.PhoneNumberId) || !number.PhoneNumberId.All(char.IsAsciiDigit))
            {
                problems.Add($"WhatsApp:PhoneNumbers:{i}:PhoneNumberId must be the number's id (digits, WhatsApp Manager → API Setup).");
            }

            if (string.IsNullOrWhiteSpace(number.AccessToken))
            {
                problems.Add($"WhatsApp:PhoneNumbers:{i}:AccessToken is empty: set it from the environment (WhatsApp__PhoneNumbers__{i}__AccessToken).");
            }

            for (var t = 0; t < number.Templates.Count; t++)
            {
                if (string.IsNullOrWhiteSpace(number.Templates[t].Name) || string.IsNullOrWhiteSpace(number.Templates[t].Language))
                {
                    problems.Add($"WhatsApp:PhoneNumbers:{i}:Templates:{t} needs a Name and a Language, as approved in WhatsApp Manager.");
                }
            }
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
