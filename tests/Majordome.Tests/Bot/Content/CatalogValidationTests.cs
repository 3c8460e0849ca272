namespace Majordome.Tests.Bot.Content;

/// <summary>Every rule of catalog.yaml names the file, line, column and field of the problem.</summary>
public sealed class CatalogValidationTests : IDisposable
{
    private const string File = "catalog.yaml";

    // Line 2 holds the sku, 4 the name, 6 the price, 7 the image, 8 the stock; values start at column 12.
    private const string Accessory = """
        products:
          - sku: ACC-TASSES
            category: accessories
            name: { fr: Tasses, en: Cups }
            description: { fr: Deux tasses., en: Two cups. }
            price: 18.00
            image: https://images.maison-tasse.example/tasses.jpg
            stock: 5
        """;

    private const string Capsule = """
        products:
          - sku: CAP-LUNGO
            category: capsules
            name: { fr: Lungo, en: Lungo }
            description: { fr: Un café allongé., en: A long coffee. }
            price: 4.40
            image: https://images.maison-tasse.example/lungo.jpg
            stock: 150
            intensity: 6
            aroma_notes: [{ fr: céréales, en: cereal }]
            cup_sizes: [lungo]
        """;

    private readonly TempBrandFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Load_NameWithoutEnglish_ReportsMissingTranslation()
    {
        _folder.Write(File, Accessory.With("name: { fr: Tasses, en: Cups }", "name: { fr: Tasses }"));

        ProblemAssert.At(_folder.SingleProblem(), File, 4, 11, "products[0].name.en", "the English translation (en) is missing");
    }

    [Fact]
    public void Load_AromaNoteWithoutFrench_ReportsMissingTranslation()
    {
        _folder.Write(File, Capsule.With("{ fr: céréales, en: cereal }", "{ en: cereal }"));

        ProblemAssert.At(_folder.SingleProblem(), File, 10, 19, "products[0].aroma_notes[0].fr", "the French translation (fr) is missing");
    }

    [Fact]
    public void Load_SameSkuTwice_ReportsTheSecond()
    {
        _folder.Write(File, Accessory + "\n" + Accessory.With("products:\n", string.Empty));

        ProblemAssert.At(_folder.SingleProblem(), File, 9, 10, "products[1].sku", "the sku \"ACC-TASSES\" is already used at line 2");
    }

    [Fact]
    public void Load_UnknownCategory_SuggestsTheClosest()
    {
        _folder.Write(File, Accessory.With("category: accessories", "category: capsule"));

        ProblemAssert.At(_folder.SingleProblem(), File, 3, 15, "products[0].category",
            "unknown category \"capsule\": did you mean \"capsules\"? use one of capsules, machines, accessories.");
    }

    [Fact]
    public void Load_NegativePrice_ReportsIt()
    {
        _folder.Write(File, Accessory.With("price: 18.00", "price: -18.00"));

        ProblemAssert.At(_folder.SingleProblem(), File, 6, 12, "products[0].price", "the price cannot be negative (found -18.00)");
    }

    [Fact]
    public void Load_NegativeStock_ReportsItAndHowToSaySoldOut()
    {
        _folder.Write(File, Accessory.With("stock: 5", "stock: -3"));

        ProblemAssert.At(_folder.SingleProblem(), File, 8, 12, "products[0].stock", "the stock cannot be negative (found -3); write 0 when the product is sold out");
    }

    [Fact]
    public void Load_CapsuleWithoutIntensity_ReportsItAtTheProduct()
    {
        _folder.Write(File, Capsule.With("    intensity: 6\n", string.Empty));

        ProblemAssert.At(_folder.SingleProblem(), File, 2, 5, "products[0].intensity", "a capsule needs an intensity from 1 (mild) to 13 (very strong)");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("14")]
    public void Load_IntensityOutOfRange_ReportsTheRange(string intensity)
    {
        _folder.Write(File, Capsule.With("intensity: 6", $"intensity: {intensity}"));

        ProblemAssert.At(_folder.SingleProblem(), File, 9, 16, "products[0].intensity", $"the intensity must be from 1 to 13 (found {intensity})");
    }

    [Fact]
    public void Load_UnknownCupSize_ListsTheSizes()
    {
        _folder.Write(File, Capsule.With("cup_sizes: [lungo]", "cup_sizes: [grande]"));

        ProblemAssert.At(_folder.SingleProblem(), File, 11, 17, "products[0].cup_sizes[0]", "unknown cup size \"grande\": use one of ristretto, espresso, lungo, mug.");
    }

    [Fact]
    public void Load_SimilarToUnknownSku_SuggestsTheClosest()
    {
        _folder.Write(File, Capsule + "\n" + Accessory.With("products:\n", string.Empty).With("    stock: 5", "    stock: 5\n    similar: [CAP-LUNG]"));

        ProblemAssert.At(_folder.SingleProblem(), File, 19, 15, "products[1].similar[0]", "unknown sku \"CAP-LUNG\": no item in this file has it. Did you mean \"CAP-LUNGO\"?");
    }

    [Fact]
    public void Load_SimilarToItself_ReportsIt()
    {
        _folder.Write(File, Accessory + "\n    similar: [ACC-TASSES]");

        ProblemAssert.At(_folder.SingleProblem(), File, 9, 15, "products[0].similar[0]", "\"ACC-TASSES\" refers to itself");
    }

    [Theory]
    [InlineData("images/tasses.jpg")]
    [InlineData("http://images.maison-tasse.example/tasses.jpg")]
    [InlineData("tasses")]
    [InlineData("/images/tasses.jpg")]
    [InlineData("/media/../catalog.yaml")]
    [InlineData("/media/")]
    public void Load_ImageNotAFullHttpsAddress_ReportsIt(string image)
    {
        _folder.Write(File, Accessory.With("image: https://images.maison-tasse.example/tasses.jpg", $"image: {image}"));

        ProblemAssert.At(_folder.SingleProblem(), File, 7, 12, "products[0].image", $"the image must be a full https:// address (like https://images.maison-tasse.example/capsules/arpeggio.jpg) or a picture of brand/images as /media/<file> (like /media/capsules/arpeggio.jpg), not \"{image}\"");
    }

    [Fact]
    public void Load_MisspeltOptionalField_SuggestsTheRightName()
    {
        _folder.Write(File, Accessory + "\n    similiar: [ACC-TASSES]");

        ProblemAssert.At(_folder.SingleProblem(), File, 9, 5, "products[0].similiar", "unknown field \"similiar\": did you mean \"similar\"?");
    }

    [Fact]
    public void Load_UnknownTopLevelField_ListsTheAllowedOnes()
    {
        _folder.Write(File, "currency: EUR\n" + Accessory);

        ProblemAssert.At(_folder.SingleProblem(), File, 1, 1, "currency", "unknown field \"currency\": the fields allowed here are products.");
    }

    [Fact]
    public void Load_CapsuleFieldOnAnAccessory_SaysWhereItBelongs()
    {
        _folder.Write(File, Accessory + "\n    intensity: 9");

        ProblemAssert.At(_folder.SingleProblem(), File, 9, 5, "products[0].intensity", "\"intensity\" only applies to capsules, and this product is in accessories.");
    }

    [Theory]
    [InlineData("quatre", "expected a number (like 4.90) but found \"quatre\".")]
    [InlineData("18,00", "write decimals with a dot, like 18.00, not \"18,00\".")]
    [InlineData("18.00 €", "write the amount without the currency, like 18.00, not \"18.00 €\".")]
    [InlineData("18 euros", "write the amount without the currency, like 18, not \"18 euros\".")]
    [InlineData("[18]", "expected a number (like 4.90) but found a list.")]
    public void Load_PriceThatIsNotANumber_SaysWhatToWrite(string price, string message)
    {
        _folder.Write(File, Accessory.With("price: 18.00", $"price: {price}"));

        ProblemAssert.At(_folder.SingleProblem(), File, 6, 12, "products[0].price", message);
    }

    [Fact]
    public void Load_StockWithDecimals_AsksForAWholeNumber()
    {
        _folder.Write(File, Accessory.With("stock: 5", "stock: 4.5"));

        ProblemAssert.At(_folder.SingleProblem(), File, 8, 12, "products[0].stock", "expected a whole number (like 12) but found \"4.5\".");
    }

    [Fact]
    public void Load_MilkSystemNotYesOrNo_SaysWhatToWrite()
    {
        _folder.Write(File, """
            products:
              - sku: MAC-PICCOLA
                category: machines
                name: { fr: Piccola, en: Piccola }
                description: { fr: Compacte., en: Compact. }
                price: 99.00
                image: https://images.maison-tasse.example/piccola.jpg
                stock: 3
                milk_system: peut-être
                pressure_bars: 19
                colours: [{ fr: Noir, en: Black }]
            """);

        ProblemAssert.At(_folder.SingleProblem(), File, 9, 18, "products[0].milk_system", "expected yes or no (true or false) but found \"peut-être\".");
    }

    [Fact]
    public void Load_MissingRequiredField_NamesIt()
    {
        _folder.Write(File, Accessory.With("    description: { fr: Deux tasses., en: Two cups. }\n", string.Empty));

        ProblemAssert.At(_folder.SingleProblem(), File, 2, 5, "products[0].description", "\"description\" is missing.");
    }
}
