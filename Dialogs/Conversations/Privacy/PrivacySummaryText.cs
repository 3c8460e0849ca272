using System.Globalization;
using Majordome.Dialogs.Content;
using Majordome.Dialogs.Localization;
using Majordome.Dialogs.Privacy;

namespace Majordome.Dialogs.Conversations.Privacy;

/// <summary>The customer's data summary as one readable message, a line per kind of data kept.</summary>
internal static class PrivacySummaryText
{
    /// <summary>The message in <paramref name="language"/>.</summary>
    internal static string Of(CustomerDataSummary summary, string language, Localizer localizer, IBoutiqueDirectory boutiques)
    {
        if (summary.IsEmpty)
        {
            return localizer.Get(language, "privacy.summary.nothing");
        }

        var culture = CultureInfo.GetCultureInfo(language);
        string Date(DateTimeOffset at) => at.ToString("d", culture);
        var lines = new List<string> { localizer.Get(language, "privacy.summary.intro") };
        if (summary.Language is { } profileLanguage)
        {
            lines.Add(localizer.Get(language, "privacy.summary.profile", new { language = localizer.Get(language, "privacy.language." + (profileLanguage == Languages.French ? "fr" : "en")) }));
        }

        if (summary.Tags.Count > 0)
        {
            lines.Add(localizer.Get(language, "privacy.summary.tags", new { tags = string.Join(", ", summary.Tags) }));
        }

        if (summary.ContactDetails.Count > 0)
        {
            lines.Add(localizer.Get(language, "privacy.summary.contacts", new { contacts = string.Join(", ", summary.ContactDetails) }));
        }

        if (summary.Orders.Count > 0)
        {
            lines.Add(localizer.Get(language, "privacy.summary.orders", new { orders = string.Join(", ", summary.Orders.Select(o => localizer.GetPlain(language, "privacy.summary.order", new { number = o.Number, date = Date(o.PlacedAt) }))) }));
        }

        if (summary.Bookings.Count > 0)
        {
            lines.Add(localizer.Get(language, "privacy.summary.bookings", new
            {
                bookings = string.Join(", ", summary.Bookings.Select(b => localizer.GetPlain(language, "privacy.summary.booking", new { reference = b.Reference, date = Date(b.Start), boutique = boutiques.FindById(b.BoutiqueId)?.Name ?? b.BoutiqueId }))),
            }));
        }

        if (summary.Consents.Count > 0)
        {
            lines.Add(localizer.Get(language, "privacy.summary.consents", new { consents = string.Join(", ", summary.Consents.Select(c => localizer.GetPlain(language, "privacy.summary.consent", new { what = c.What, date = Date(c.GivenAt) }))) }));
        }

        if (summary.Messages > 0)
        {
            lines.Add(localizer.Get(language, "privacy.summary.messages", new { count = summary.Messages }));
        }

        lines.Add(localizer.Get(language, "privacy.summary.outro"));
        return string.Join("\n", lines);
    }
}
