using System.Text.RegularExpressions;
using Majordome.Bot.Content.Yaml;
using Majordome.Dialogs.Content;

namespace Majordome.Bot.Content;

/// <summary>Reads one boutique of boutiques.yaml; its hours are read by <see cref="WeeklyHoursReader"/>.</summary>
internal static partial class BoutiqueReader
{
    private static readonly string[] Keys =
        ["id", "name", "address", "phone", "coordinates", "time_zone", "hours", "closures", "tasting_seats_per_slot"];

    /// <summary>The boutique, or null when a problem was reported.</summary>
    public static Boutique? Read(YamlValue item, IdRegistry ids)
    {
        var map = item.AsMapping();
        if (map is null)
        {
            return null;
        }

        map.AllowOnly(Keys);
        var idValue = map.Required("id");
        var id = idValue?.AsText();
        if (id is not null)
        {
            ids.Declare(id, idValue!);
        }

        var name = map.Required("name")?.AsText();
        var address = ReadAddress(map.Required("address"));
        var phone = map.Required("phone")?.AsText();
        var coordinates = ReadCoordinates(map.Required("coordinates"));
        var timeZone = ReadTimeZone(map.Required("time_zone"));
        var hours = WeeklyHoursReader.Read(map.Required("hours"));
        var closures = ClosuresReader.Read(map.Optional("closures"));
        var seatsValue = map.Required("tasting_seats_per_slot");
        var seats = seatsValue?.AsInt();
        if (seats < 0)
        {
            seatsValue!.Report($"the number of seats cannot be negative (found {seats}); write 0 when there is no tasting table.");
            seats = null;
        }

        return id is null || name is null || address is null || phone is null || coordinates is null || timeZone is null
            || hours is null || closures is null || seats is null
            ? null
            : new Boutique(id, name, address, phone, coordinates, timeZone, hours, closures, seats.Value);
    }

    private static PostalAddress? ReadAddress(YamlValue? value)
    {
        var map = value?.AsMapping();
        if (map is null)
        {
            return null;
        }

        map.AllowOnly(["street", "postal_code", "city"]);
        var street = map.Required("street")?.AsText();
        var postalCodeValue = map.Required("postal_code");
        var postalCode = postalCodeValue?.AsText();
        if (postalCode is not null && !FrenchPostalCode().IsMatch(postalCode))
        {
            postalCodeValue!.Report($"a French postal code has exactly 5 digits (like 75002), not \"{postalCode}\".");
            postalCode = null;
        }

        var city = map.Required("city")?.AsText();
        return street is null || postalCode is null || city is null ? null : new PostalAddress(street, postalCode, city);
    }

    private static GeoCoordinates? ReadCoordinates(YamlValue? value)
    {
        var map = value?.AsMapping();
        if (map is null)
        {
            return null;
        }

        map.AllowOnly(["latitude", "longitude"]);
        var latitude = InRange(map.Required("latitude"), 90, "latitude");
        var longitude = InRange(map.Required("longitude"), 180, "longitude");
        return latitude is null || longitude is null ? null : new GeoCoordinates(latitude.Value, longitude.Value);
    }

    private static double? InRange(YamlValue? value, double limit, string what)
    {
        var number = value?.AsDouble();
        if (number is { } n && Math.Abs(n) > limit)
        {
            value!.Report($"a {what} is between -{limit} and {limit} degrees (found {n}).");
            return null;
        }

        return number;
    }

    private static string? ReadTimeZone(YamlValue? value)
    {
        var id = value?.AsText();
        if (id is null || TimeZoneInfo.TryFindSystemTimeZoneById(id, out _))
        {
            return id;
        }

        return value!.Report<string>($"unknown time zone \"{id}\": write an IANA name such as Europe/Paris.");
    }

    [GeneratedRegex("^[0-9]{5}$")]
    private static partial Regex FrenchPostalCode();
}
