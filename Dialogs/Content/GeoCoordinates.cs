namespace Majordome.Dialogs.Content;

/// <summary>A point on the map, in decimal degrees (WGS 84), for "nearest boutique" and map links.</summary>
/// <param name="Latitude">From -90 to 90.</param>
/// <param name="Longitude">From -180 to 180.</param>
public sealed record GeoCoordinates(double Latitude, double Longitude);
