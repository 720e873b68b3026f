import { useId, useState, type DragEvent } from 'react'

/**
 * Where a USAspending download goes: drop it here or choose it with the file picker (a real
 * labelled input, so the keyboard and screen readers reach it).
 */
export function DropZone({ disabled, onFile }: { disabled: boolean; onFile: (file: File) => void }) {
  const inputId = useId()
  const [over, setOver] = useState(false)
  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault()
    setOver(false)
    const file = event.dataTransfer.files[0]
    if (file && !disabled) onFile(file)
  }
  return (
    <div
      className={`official-dropzone${over ? ' official-dropzone-over' : ''}`}
      onDragOver={(event) => {
        event.preventDefault()
        setOver(true)
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <label htmlFor={inputId}>USAspending download (the ZIP, or a CSV from inside it)</label>
      <input
        id={inputId}
        type="file"
        accept=".zip,.csv,application/zip,text/csv"
        disabled={disabled}
        onChange={(event) => {
          const file = event.target.files?.[0]
          event.target.value = ''
          if (file) onFile(file)
        }}
      />
      <p className="official-dropzone-hint">or drop the file here. It is read in this browser and sent nowhere.</p>
    </div>
  )
}
