namespace DanVanBot.App.TeamsPackage;

/// <summary>What <c>DanVanBot package</c> tells the administrator, in Vietnamese.</summary>
internal static class PackageTexts
{
    public const string MissingAppId =
        "Thiếu --app-id: mã ứng dụng (Microsoft App ID) của bot, dạng GUID, lấy ở Azure Bot → Configuration.";

    public const string MissingHost =
        "Thiếu --host: tên miền công khai của bot (ví dụ danvan.example.gov.vn), nơi Teams gọi https://<host>/api/messages.";

    public static string BadAppId(string value) =>
        $"--app-id “{value}” không phải GUID (dạng 00000000-0000-0000-0000-000000000000).";

    public static string BadHost(string value) =>
        $"--host “{value}” không hợp lệ: cần tên miền (ví dụ danvan.example.gov.vn) hoặc https://tên-miền/, không có cổng hay đường dẫn.";

    public static string BadVersion(string? value) =>
        $"--package-version “{value}” không hợp lệ: cần dạng số.số.số (ví dụ 1.0.3); tăng số này mỗi lần tải gói mới lên Teams.";

    public static string MissingSetting(string key) =>
        $"Thiếu cấu hình {AppPackageOptions.Section}:{key} (biến môi trường {AppPackageOptions.Section}__{key}).";

    public static string BadUrl(string key, string value) =>
        $"{AppPackageOptions.Section}:{key} “{value}” phải là địa chỉ https:// đầy đủ.";

    public static string DeveloperNameTooLong(int limit) =>
        $"{AppPackageOptions.Section}:{nameof(AppPackageOptions.DeveloperName)} dài quá {limit} ký tự (giới hạn của Teams).";

    public static string Written(string path, string manifestVersion, int commandCount) =>
        $"Đã tạo gói ứng dụng Teams: {path} (manifest {manifestVersion}, {commandCount} lệnh trong menu). " +
        "Tải lên: Teams → Ứng dụng → Quản lý ứng dụng → Tải lên ứng dụng, hoặc Trung tâm quản trị Teams → Quản lý ứng dụng.";

    public const string NotWritten = "Chưa tạo gói ứng dụng.";
}
