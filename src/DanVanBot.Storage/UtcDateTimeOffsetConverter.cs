using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DanVanBot.Storage;

/// <summary>Stores every <see cref="DateTimeOffset"/> as UTC so both providers hold the same text/instant.</summary>
internal sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    value => value.ToUniversalTime(),
    value => value.ToUniversalTime());
