namespace Majordome.Dialogs.Content;

/// <summary>Which boutique is closest to a point, as the crow flies (the haversine distance on a spherical Earth).</summary>
public static class NearestBoutique
{
    private const double EarthRadiusKm = 6371.0;

    /// <summary>The boutique of <paramref name="boutiques"/> nearest to <paramref name="point"/>, or null when there is none.</summary>
    public static Boutique? To(GeoCoordinates point, IEnumerable<Boutique> boutiques)
    {
        ArgumentNullException.ThrowIfNull(point);
        ArgumentNullException.ThrowIfNull(boutiques);
        return boutiques.MinBy(b => DistanceKm(point, b.Coordinates));
    }

    /// <summary>The great-circle distance between two points, in kilometres.</summary>
    public static double DistanceKm(GeoCoordinates a, GeoCoordinates b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var dLat = Radians(b.Latitude - a.Latitude);
        var dLon = Radians(b.Longitude - a.Longitude);
        var h = Math.Pow(Math.Sin(dLat / 2), 2) + Math.Cos(Radians(a.Latitude)) * Math.Cos(Radians(b.Latitude)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
