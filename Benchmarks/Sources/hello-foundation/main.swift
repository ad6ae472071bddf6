import Foundation

// The baseline for start-up time: the least a Foundation program does to print a line.
FileHandle.standardOutput.write(Data("Hello, world\n".utf8))
