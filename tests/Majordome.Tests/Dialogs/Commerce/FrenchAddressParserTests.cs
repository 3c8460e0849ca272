using Majordome.Dialogs.Commerce;
using Majordome.Dialogs.Content;

namespace Majordome.Tests.Dialogs.Commerce;

public sealed class FrenchAddressParserTests
{
    [Theory]
    [InlineData("12 rue de la Roquette, 75011 Paris", "12 rue de la Roquette", "75011", "Paris")]
    [InlineData("12 rue de la roquette 75011 paris", "12 rue de la roquette", "75011", "Paris")]
    [InlineData("Appartement 3, 5 avenue Jean Jaurès 69007 Lyon", "Appartement 3, 5 avenue Jean Jaurès", "69007", "Lyon")]
    [InlineData("  12   rue de la Roquette ,75011   PARIS ", "12 rue de la Roquette", "75011", "Paris")]
    [InlineData("12 rue de la Roquette\n75011 Paris", "12 rue de la Roquette", "75011", "Paris")]
    [InlineData("12 rue de la Roquette, Paris 75011", "12 rue de la Roquette", "75011", "Paris")]
    [InlineData("12 rue de la Roquette, 75011 Paris, France", "12 rue de la Roquette", "75011", "Paris")]
    [InlineData("3 place Bellecour 69002 lyon cedex 02", "3 place Bellecour", "69002", "Lyon CEDEX 02")]
    [InlineData("1 rue du Port 62200 BOULOGNE-SUR-MER", "1 rue du Port", "62200", "Boulogne-sur-Mer")]
    [InlineData("8 allée des Tilleuls 78100 saint-germain-en-laye", "8 allée des Tilleuls", "78100", "Saint-Germain-en-Laye")]
    [InlineData("2 rue Nationale 59650 villeneuve d'ascq", "2 rue Nationale", "59650", "Villeneuve d'Ascq")]
    [InlineData("4 quai de Southampton 76600 le havre", "4 quai de Southampton", "76600", "Le Havre")]
    [InlineData("10 cours Napoléon 20000 Ajaccio", "10 cours Napoléon", "20000", "Ajaccio")]
    [InlineData("5 rue Victor Hugo 20200 Bastia", "5 rue Victor Hugo", "20200", "Bastia")]
    [InlineData("1 rue Schœlcher 97200 Fort-de-France", "1 rue Schœlcher", "97200", "Fort-de-France")]
    [InlineData("2 rue de Paris 97600 Mamoudzou", "2 rue de Paris", "97600", "Mamoudzou")]
    [InlineData("Lieu-dit Les Granges 01000 Bourg-en-Bresse", "Lieu-dit Les Granges", "01000", "Bourg-en-Bresse")]
    [InlineData("1234 route de Lyon 38000 Grenoble", "1234 route de Lyon", "38000", "Grenoble")]
    [InlineData("12 rue de la Roquette 75011Paris", "12 rue de la Roquette", "75011", "Paris")]
    [InlineData("12 rue de la Roquette, 95000 Cergy", "12 rue de la Roquette", "95000", "Cergy")]
    public void Parse_ValidAddress_ReadsStreetPostalCodeAndCity(string text, string street, string postalCode, string city)
    {
        var result = FrenchAddressParser.Parse(text);

        Assert.Equal(AddressReason.Ok, result.Reason);
        Assert.Equal(new PostalAddress(street, postalCode, city), result.Address);
    }

    [Theory]
    [InlineData("", AddressReason.MissingPostalCode)]
    [InlineData(null, AddressReason.MissingPostalCode)]
    [InlineData("12 rue de la Roquette Paris", AddressReason.MissingPostalCode)]
    [InlineData("1234 route de Lyon, Grenoble", AddressReason.MissingPostalCode)]
    [InlineData("12 rue de la Roquette, 0612345678 Paris", AddressReason.MissingPostalCode)]
    [InlineData("12 rue de la Roquette 7501 Paris", AddressReason.InvalidPostalCode)]
    [InlineData("12 rue de la Roquette 750011 Paris", AddressReason.InvalidPostalCode)]
    [InlineData("10 cours Napoléon 2A004 Ajaccio", AddressReason.InvalidPostalCode)]
    [InlineData("12 rue de la Roquette 00100 Paris", AddressReason.InvalidPostalCode)]
    [InlineData("12 rue de la Roquette 96000 Paris", AddressReason.InvalidPostalCode)]
    [InlineData("12 rue de la Roquette 99000 Paris", AddressReason.InvalidPostalCode)]
    [InlineData("1 avenue de Monte-Carlo 98000 Monaco", AddressReason.InvalidPostalCode)]
    [InlineData("1 rue du Port 97700 Saint-Barthélemy", AddressReason.InvalidPostalCode)]
    [InlineData("1 rue du Port 98800 Nouméa", AddressReason.InvalidPostalCode)]
    [InlineData("75011 Paris", AddressReason.MissingStreet)]
    [InlineData("12, 75011 Paris", AddressReason.MissingStreet)]
    [InlineData("12 rue de la Roquette 75011", AddressReason.MissingCity)]
    [InlineData("12 rue de la Roquette, 75011", AddressReason.MissingCity)]
    [InlineData("Appartement 3, 5 avenue Jean Jaurès, 69007", AddressReason.MissingCity)]
    [InlineData("12 rue de la Roquette 75011 France", AddressReason.MissingCity)]
    public void Parse_IncompleteOrInvalid_ReturnsReason(string? text, AddressReason reason)
    {
        var result = FrenchAddressParser.Parse(text);

        Assert.Equal(reason, result.Reason);
        Assert.False(result.IsOk);
        Assert.Null(result.Address);
    }

    // Issue 14, defect 12: a British address was asked for "the postal code too".
    [Theory]
    [InlineData("10 Downing Street, London SW1A 2AA")]
    [InlineData("221B Baker Street London NW1 6XE")]
    [InlineData("1 Main Street, Manchester M1 1AE, UK")]
    [InlineData("1600 Pennsylvania Avenue, Washington, DC 20500, USA")]
    [InlineData("Unter den Linden 77, 10117 Berlin, Germany")]
    [InlineData("Rue de la Loi 16, 1000 Bruxelles, Belgique")]
    public void Parse_AddressAbroad_IsAbroad(string text)
    {
        var result = FrenchAddressParser.Parse(text);

        Assert.Equal(AddressReason.Abroad, result.Reason);
        Assert.Null(result.Address);
    }

    [Theory]
    [InlineData("4 quai de Southampton 76600 le havre")]
    [InlineData("12 rue de la Roquette, 75011 Paris, France")]
    [InlineData("3 rue d'Angleterre, 06000 Nice")]
    public void Parse_FrenchAddressNamingAPlaceAbroad_IsFrench(string text)
    {
        Assert.Equal(AddressReason.Ok, FrenchAddressParser.Parse(text).Reason);
    }

    [Fact]
    public void Parse_MissingCity_KeepsStreetAndPostalCodeForTheReprompt()
    {
        var result = FrenchAddressParser.Parse("12 rue de la Roquette 75011");

        Assert.Equal(("12 rue de la Roquette", "75011", (string?)null), (result.Street, result.PostalCode, result.City));
    }

    [Fact]
    public void Parse_InvalidPostalCode_ReportsTheRejectedCode()
    {
        Assert.Equal("2A004", FrenchAddressParser.Parse("10 cours Napoléon 2a004 Ajaccio").PostalCode);
    }

    [Theory]
    [InlineData("1 a, ", AddressReason.MissingPostalCode)]
    [InlineData("x 1234 a, ", AddressReason.InvalidPostalCode)]
    public void Parse_VeryLongText_ReturnsQuickly(string repeated, AddressReason reason)
    {
        var text = string.Concat(Enumerable.Repeat(repeated, 20_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        Assert.Equal(reason, FrenchAddressParser.Parse(text).Reason);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
    }
}
