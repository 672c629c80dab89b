# Sourced: the services of the system and their HTTP ports (env AGENDA_PORT, COVENANTS_PORT, PRESS_PORT).
declare -A SERVICE_PORTS=(
  [covenants]="${COVENANTS_PORT:-3101}"
  [agenda]="${AGENDA_PORT:-3102}"
  [press]="${PRESS_PORT:-3105}"
)
export COVENANTS_PORT="${SERVICE_PORTS[covenants]}" AGENDA_PORT="${SERVICE_PORTS[agenda]}" PRESS_PORT="${SERVICE_PORTS[press]}"
