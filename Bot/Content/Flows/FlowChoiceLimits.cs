using Majordome.Bot.Content.Yaml;
using Majordome.Bot.WhatsApp.Rendering;
using Majordome.Dialogs.Localization;

namespace Majordome.Bot.Content.Flows;

/// <summary>
/// Warns where a choice question's buttons exceed what the messaging channels show: past the limits, WhatsApp sends
/// the question as a list or as numbered text and Messenger shortens titles with "…". The flow still serves.
/// </summary>
internal static class FlowChoiceLimits
{
    /// <summary>Quick replies Messenger and Instagram show (MESSENGER.md §4).</summary>
    public const int MessengerQuickReplies = 13;

    /// <summary>Warns at <paramref name="options"/> (the list) and at each title too long for a button.</summary>
    public static void Check(YamlValue options, IReadOnlyList<YamlValue> items)
    {
        var count = items.Count;
        if (count > WhatsAppLimits.MaxListRows)
        {
            options.Warn($"{count} options: WhatsApp shows at most {WhatsAppLimits.MaxButtons} buttons or a list of {WhatsAppLimits.MaxListRows}, and Messenger {MessengerQuickReplies} quick replies, so this question is sent as numbered text there. Keep {WhatsAppLimits.MaxListRows} options or fewer.");
        }
        else if (count > WhatsAppLimits.MaxButtons)
        {
            options.Warn($"{count} options: WhatsApp shows at most {WhatsAppLimits.MaxButtons} buttons, so it sends them as a list the customer opens (up to {WhatsAppLimits.MaxListRows} rows of {WhatsAppLimits.MaxRowTitle} characters). Keep {WhatsAppLimits.MaxButtons} options for buttons.");
        }

        // Buttons take 20 characters, a list's rows 24: past that WhatsApp refuses the title and the question becomes text.
        var limit = count > WhatsAppLimits.MaxButtons ? WhatsAppLimits.MaxRowTitle : WhatsAppLimits.MaxButtonTitle;
        var what = count > WhatsAppLimits.MaxButtons ? "a list row" : "a button";
        foreach (var item in items)
        {
            var title = item.Node is YamlDotNet.RepresentationModel.YamlMappingNode ? item.AsMapping()?.Optional("title") : null;
            if (title?.Node is not YamlDotNet.RepresentationModel.YamlMappingNode)
            {
                continue;
            }

            // A title written per variant: each variant's buttons are checked as its customers see them.
            var texts = FlowVariantReader.IsPerVariant(title) ? title.AsMapping()!.Entries.Select(e => e.Value).ToList() : [title];
            foreach (var (words, language) in texts.SelectMany(w => Languages.All.Select(l => (w, l))))
            {
                if (words.Node is YamlDotNet.RepresentationModel.YamlMappingNode && words.AsMapping()?.Optional(language) is { } text && text.AsText() is { } written && written.Length > limit)
                {
                    text.Warn($"this title has {written.Length} characters: WhatsApp shows at most {limit} in {what}, so the question is sent as numbered text there, and Messenger cuts it at 20 characters with \"…\". Shorten it to {limit} characters.");
                }
            }
        }
    }
}
