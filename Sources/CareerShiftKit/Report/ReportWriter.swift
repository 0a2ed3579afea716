import Foundation

/// Why a report could not be written.
public enum ReportWriteError: Error, Equatable, LocalizedError {
    case notAReport(path: String)
    case foreignFiles(path: String, names: [String])
    case cannotWrite(path: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case .notAReport(let path):
            return "refusing to write into \(path): it exists and is not a careershift report (no \(ReportWriter.marker)); choose another --out"
        case .foreignFiles(let path, let names):
            return "refusing to rewrite the report in \(path): it also holds \(names.joined(separator: ", ")), which a report does not write; move them out first"
        case .cannotWrite(let path, let reason):
            return "cannot write the report to \(path): \(reason)"
        }
    }
}

/// Writes a report directory all at once: into a temporary sibling first, then renamed into place,
/// so an interrupted run never leaves half a report. An existing directory is replaced only when
/// it is a careershift report (it holds the marker file) or is empty.
public enum ReportWriter {
    /// The file that marks a directory as a careershift report.
    public static let marker = ".careershift-report"

    /// Every file of `report` in `formats`, by name.
    public static func files(for report: Report, formats: [ReportFormat], options: RenderOptions) -> [String: Data] {
        var files: [String: Data] = [marker: Data("careershift report \(report.manifest.asOf)\n".utf8)]
        for format in formats {
            for renderer in format.renderers {
                files.merge(renderer.files(for: report, options: options)) { a, _ in a }
            }
        }
        return files
    }

    /// Writes `files` as the directory at `path`; returns the file names written, sorted. An
    /// existing report folder holding files other than `files` and `reportNames` is refused, so
    /// nothing a user put there is lost.
    @discardableResult
    public static func write(_ files: [String: Data], to path: String, reportNames: Set<String> = []) throws -> [String] {
        let manager = FileManager.default
        var target = URL(fileURLWithPath: path).standardizedFileURL
        // Every file goes straight into the folder: a name cannot climb out of it or into a
        // subfolder, whatever text it was made from.
        for name in files.keys where !isPlainFileName(name) {
            throw ReportWriteError.cannotWrite(path: path, reason: "bad file name \"\(name)\"")
        }
        // A symbolic link to a folder: the report goes where it points, and the link stays.
        if (try? manager.destinationOfSymbolicLink(atPath: target.path)) != nil {
            let resolved = target.resolvingSymlinksInPath()
            guard manager.fileExists(atPath: resolved.path) else {
                throw ReportWriteError.cannotWrite(path: path, reason: "it is a symbolic link to something that does not exist")
            }
            target = resolved
        }
        var isFolder: ObjCBool = false
        let exists = manager.fileExists(atPath: target.path, isDirectory: &isFolder)
        if exists {
            let contents = (try? manager.contentsOfDirectory(atPath: target.path)) ?? []
            guard isFolder.boolValue, contents.isEmpty || contents.contains(marker) else {
                throw ReportWriteError.notAReport(path: path)
            }
            let foreign = contents.filter { files[$0] == nil && !reportNames.contains($0) && $0 != marker }.sorted()
            if !foreign.isEmpty { throw ReportWriteError.foreignFiles(path: path, names: foreign) }
        }
        let parent = target.deletingLastPathComponent()
        let pid = ProcessInfo.processInfo.processIdentifier
        let temporary = parent.appendingPathComponent(".\(target.lastPathComponent).tmp-\(pid)")
        let old = parent.appendingPathComponent(".\(target.lastPathComponent).old-\(pid)")
        do {
            try manager.createDirectory(at: parent, withIntermediateDirectories: true)
            try? manager.removeItem(at: temporary)
            try manager.createDirectory(at: temporary, withIntermediateDirectories: false)
            for (name, data) in files {
                try data.write(to: temporary.appendingPathComponent(name))
            }
            if exists { try manager.moveItem(at: target, to: old) }
            try manager.moveItem(at: temporary, to: target)
            if exists { try manager.removeItem(at: old) }
        } catch let error as ReportWriteError {
            try? manager.removeItem(at: temporary)
            throw error
        } catch {
            try? manager.removeItem(at: temporary)
            if exists && !manager.fileExists(atPath: target.path) { try? manager.moveItem(at: old, to: target) }
            throw ReportWriteError.cannotWrite(path: path, reason: error.localizedDescription)
        }
        return files.keys.sorted()
    }

    /// A name that stays inside its folder: not empty, not `.` or `..`, without `/`, `\` or NUL.
    static func isPlainFileName(_ name: String) -> Bool {
        !name.isEmpty && name != "." && name != ".." && !name.contains { $0 == "/" || $0 == "\\" || $0 == "\0" }
    }
}
