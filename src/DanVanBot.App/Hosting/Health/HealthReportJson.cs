using System.Buffers;
using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DanVanBot.App.Hosting.Health;

/// <summary>
/// The health endpoints' JSON body: overall status, app version, schema version, and every registered check
/// (status, description, duration, data), so a check registered anywhere shows up without changes here.
/// </summary>
internal static class HealthReportJson
{
    public static async Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        // Written to memory first: the body is small, and the response stream allows no synchronous writes.
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
            Write(json, report);
        await http.Response.Body.WriteAsync(buffer.WrittenMemory, http.RequestAborted);
    }

    private static void Write(Utf8JsonWriter json, HealthReport report)
    {
        json.WriteStartObject();
        json.WriteString("status", report.Status.ToString());
        json.WriteString("appVersion", AppVersion.Informational);
        var schema = report.Entries.TryGetValue(DatabaseHealthCheck.Name, out var database)
            && database.Data.TryGetValue(DatabaseHealthCheck.SchemaVersionKey, out var version) ? version as string : null;
        json.WriteString("schemaVersion", schema);
        json.WriteNumber("durationMs", Math.Round(report.TotalDuration.TotalMilliseconds, 1));
        json.WriteStartObject("checks");
        foreach (var (name, entry) in report.Entries)
        {
            json.WriteStartObject(name);
            json.WriteString("status", entry.Status.ToString());
            json.WriteString("description", entry.Description);
            json.WriteNumber("durationMs", Math.Round(entry.Duration.TotalMilliseconds, 1));
            json.WriteStartObject("data");
            foreach (var (key, value) in entry.Data)
            {
                json.WritePropertyName(key);
                JsonSerializer.Serialize(json, value, value?.GetType() ?? typeof(object));
            }
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
