namespace DanVanBot.Language.Tables;

/// <summary>What a column of a task table holds, read from its header words, never from its position.</summary>
internal enum ColumnRole
{
    /// <summary>"TT", "STT": the row number.</summary>
    Number,

    /// <summary>"Nội dung", "Nhiệm vụ", "Nội dung công việc", "Loại báo cáo": what must be done.</summary>
    Task,

    /// <summary>"Kỳ báo cáo": the period a report covers ("Quý I", "6 tháng").</summary>
    Period,

    /// <summary>"Đơn vị được kiểm tra", "Địa bàn": what or where the work is about, in a schedule without a task column.</summary>
    Subject,

    /// <summary>"Cơ quan chủ trì", "Đơn vị thực hiện", "Trách nhiệm thực hiện": who owes it.</summary>
    Lead,

    /// <summary>"Cơ quan phối hợp": who helps.</summary>
    Partners,

    /// <summary>"Thời gian hoàn thành", "Thời hạn gửi", "Ngày chậm nhất phải hoàn thành", "Tiến độ": when.</summary>
    Time,

    /// <summary>"Sản phẩm", "Kết quả", "Hình thức văn bản": what it delivers.</summary>
    Product,

    /// <summary>"Nơi nhận báo cáo", "Cơ quan nhận": who receives it.</summary>
    Recipient,

    /// <summary>"Ghi chú".</summary>
    Note,

    /// <summary>A column that carries no obligation: "Thời gian chốt số liệu" (a data cut-off), "Số ngày…", "Kinh phí".</summary>
    Other,
}

/// <summary>One column: its role and its header as printed.</summary>
internal sealed record TableColumn(ColumnRole Role, string Header);

/// <summary>
/// One row of a task table. <paramref name="Cells"/> has one entry per column ("" when empty), the paragraphs of a cell
/// separated by "\n";
/// <paramref name="Number"/> is the printed row number ("3", "1.2", "II"), "" when the table has none;
/// <paramref name="IsGroup"/> marks a heading row that groups the rows under it ("I" | "CÔNG TÁC TUYÊN TRUYỀN").
/// <paramref name="Lines"/> are the 1-based source lines it came from.
/// </summary>
internal sealed record TableRow(string Number, IReadOnlyList<string> Cells, bool IsGroup, IReadOnlyList<int> Lines);

/// <summary>A task table found in a document, with the 1-based source lines it spans (header included).</summary>
internal sealed record DocumentTable(IReadOnlyList<TableColumn> Columns, IReadOnlyList<TableRow> Rows, int FirstLine, int LastLine)
{
    public int IndexOf(ColumnRole role)
    {
        for (var index = 0; index < Columns.Count; index++)
            if (Columns[index].Role == role) return index;
        return -1;
    }

    /// <summary>The row's text in the columns with <paramref name="role"/>, on one line ("" when none).</summary>
    public string Cell(TableRow row, ColumnRole role) => string.Join(' ', Paragraphs(row, role));

    /// <summary>The paragraphs of the row's cells in the columns with <paramref name="role"/>.</summary>
    public IReadOnlyList<string> Paragraphs(TableRow row, ColumnRole role)
    {
        var parts = new List<string>();
        for (var index = 0; index < Columns.Count; index++)
            if (Columns[index].Role == role && row.Cells[index].Length > 0) parts.AddRange(row.Cells[index].Split('\n'));
        return parts;
    }
}
