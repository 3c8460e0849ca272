using Majordome.Bot.Content;
using Majordome.Dialogs.Content;

namespace Majordome.Tests.Bot.Content;

/// <summary>
/// A brand content folder under the temp directory, filled with small valid files that a test replaces one at a
/// time with the invalid YAML it is about; deleted on dispose.
/// </summary>
public sealed class TempBrandFolder : IDisposable
{
    public const string Brand = """
        name: Maison Tasse
        default_language: fr
        currency: EUR
        delivery:
          fee: 4.90
          free_from: 45.00
        orders:
          max_quantity_per_line: 20
        booking:
          horizon_days: 60
          max_party_size: 8
          slot_minutes: 30
        """;

    public const string Catalog = """
        products:
          - sku: CAP-ARPEGGIO
            category: capsules
            name: { fr: Arpeggio, en: Arpeggio }
            description: { fr: Un café dense., en: A dense coffee. }
            price: 4.20
            image: https://images.maison-tasse.example/capsules/arpeggio.jpg
            stock: 10
            intensity: 9
            aroma_notes: [{ fr: cacao, en: cocoa }]
            cup_sizes: [espresso]
        """;

    public const string Boutiques = """
        boutiques:
          - id: paris
            name: Maison Tasse Paris
            address: { street: 12 rue Halévy, postal_code: "75009", city: Paris }
            phone: +33 1 84 60 12 34
            coordinates: { latitude: 48.87, longitude: 2.33 }
            time_zone: Europe/Paris
            hours:
              monday: closed
              tuesday: 10:00-19:00
              wednesday: 10:00-19:00
              thursday: 10:00-19:00
              friday: 10:00-19:00
              saturday: [10:00-13:00, 14:00-19:00]
              sunday: closed
            closures:
              - { date: 2026-12-25, reason: { fr: Noël, en: Christmas } }
            tasting_seats_per_slot: 6
        """;

    public const string Faq = """
        entries:
          - id: delivery-fee
            topic: delivery
            question: { fr: Combien coûte la livraison ?, en: How much is delivery? }
            alternatives: { fr: [frais de port], en: [shipping cost] }
            answer: { fr: "La livraison coûte 4,90 €.", en: Delivery costs €4.90. }
        """;

    public TempBrandFolder()
    {
        Directory = Path.Combine(Path.GetTempPath(), "majordome-brand-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        Write("brand.yaml", Brand);
        Write("catalog.yaml", Catalog);
        Write("boutiques.yaml", Boutiques);
        Write("faq.yaml", Faq);
    }

    public string Directory { get; }

    /// <summary>Replaces one file; chainable so a test reads as the content it loads.</summary>
    public TempBrandFolder Write(string fileName, string yaml)
    {
        File.WriteAllText(Path.Combine(Directory, fileName), yaml);
        return this;
    }

    public TempBrandFolder Delete(string fileName)
    {
        File.Delete(Path.Combine(Directory, fileName));
        return this;
    }

    public BrandContent Load() => BrandContentLoader.Load(Directory);

    /// <summary>The problems the loader reports; fails the test when it loads without any.</summary>
    public IReadOnlyList<ContentProblem> Problems() => Assert.Throws<BrandContentException>(Load).Problems;

    /// <summary>The one problem the loader reports; fails the test when there are none or several.</summary>
    public ContentProblem SingleProblem()
    {
        var problems = Problems();
        Assert.True(problems.Count == 1, "expected one problem, got:" + string.Concat(problems.Select(p => Environment.NewLine + p)));
        return problems[0];
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
